from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AssistantActivation"]


@_attrs_define(repr=False)
class AssistantActivation(Model):
    """AssistantActivation

    Attributes:
        assistant_name: This is the name of the assistant that was active during the call.
        assistant_version: This is the version label (e.g. `v3`) of the assistant active when
            the activation row was recorded. `null` for inline assistants,
            orgs not on assistant versioning, and parent assistants that have
            not yet been published under it.
        assistant_id: This is the ID of the assistant that was active during the call.
    """

    _schema: ClassVar[str] = "AssistantActivation"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantName", "assistant_name"),
        ("assistantVersion", "assistant_version"),
        ("assistantId", "assistant_id"),
    )

    assistant_name: str
    assistant_version: str | None | Unset = UNSET
    assistant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

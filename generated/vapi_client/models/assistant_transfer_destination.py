from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AssistantTransferDestination"]


@_attrs_define(repr=False)
class AssistantTransferDestination(Model):
    """Transfer target that hands the call over to another assistant in the squad.

    Attributes:
        type_: Discriminator marking this destination as another assistant.
        assistant_name: Name of the assistant that should take over the call.
        message: Text spoken to the caller just before the transfer happens.
        description: Explains to the model when it should choose this destination.
    """

    _schema: ClassVar[str] = "AssistantTransferDestination"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("assistantName", "assistant_name"),
        ("message", "message"),
        ("description", "description"),
    )

    type_: Literal["assistant"]
    assistant_name: str
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

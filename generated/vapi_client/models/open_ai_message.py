from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.open_ai_message_role import OpenAIMessageRole


__all__ = ["OpenAIMessage"]


@_attrs_define(repr=False)
class OpenAIMessage(Model):
    """OpenAIMessage

    Attributes:
        content:
        role:
    """

    _schema: ClassVar[str] = "OpenAIMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )

    content: str | None
    role: OpenAIMessageRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


__all__ = ["ToolMessageFailed"]


@_attrs_define(repr=False)
class ToolMessageFailed(Model):
    """Message spoken when a tool call fails.

    Attributes:
        type_: Discriminator marking which tool event this message is for.
        content: Message spoken to the caller when a tool call fails.
        conditions: Conditions on the tool call arguments that must all hold for this message to be spoken.
    """

    _schema: ClassVar[str] = "ToolMessageFailed"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-failed"]
    content: str
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

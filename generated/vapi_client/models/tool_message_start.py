from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


__all__ = ["ToolMessageStart"]


@_attrs_define(repr=False)
class ToolMessageStart(Model):
    """Message spoken when a tool call begins.

    Attributes:
        type_: Discriminator marking which tool event this message is for.
        content: Message spoken when the assistant starts running a tool.
        conditions: Conditions on the tool call arguments that must all hold for this message to be spoken.
    """

    _schema: ClassVar[str] = "ToolMessageStart"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-start"]
    content: str
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


__all__ = ["ToolMessageDelayed"]


@_attrs_define(repr=False)
class ToolMessageDelayed(Model):
    """Message spoken when a tool's response is slow to arrive.

    Attributes:
        type_: Discriminator marking which tool event this message is for.
        content: Message spoken while waiting on a tool response that is taking longer than expected.
        timing_milliseconds: Milliseconds to wait for the tool response before this message is spoken.
        conditions: Conditions on the tool call arguments that must all hold for this message to be spoken.
    """

    _schema: ClassVar[str] = "ToolMessageDelayed"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("content", "content"),
        ("timingMilliseconds", "timing_milliseconds"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-response-delayed"]
    content: str
    timing_milliseconds: float | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


__all__ = ["ToolCall"]


@_attrs_define(repr=False)
class ToolCall(Model):
    """ToolCall

    Attributes:
        id: This is the ID of the tool call
        type_: This is the type of tool
        function:
    """

    _schema: ClassVar[str] = "ToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type_"),
        ("function", "function"),
    )

    id: str
    type_: str
    function: ToolCallFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

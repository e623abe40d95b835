from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_message_tool_call_function import ServerMessageToolCallFunction


__all__ = ["ServerMessageToolCall"]


@_attrs_define(repr=False)
class ServerMessageToolCall(Model):
    """One tool call requested by the model.

    Attributes:
        id: ID of the tool call; the reply's toolCallId must repeat it.
        type_: Kind of tool call, such as 'function'.
        function: The function part of a tool call.
    """

    _schema: ClassVar[str] = "ServerMessageToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type_"),
        ("function", "function"),
    )

    id: str
    type_: str | Unset = UNSET
    function: ServerMessageToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.server_message_tool_call import ServerMessageToolCall


__all__ = ["ServerMessageToolCalls"]


@_attrs_define(repr=False)
class ServerMessageToolCalls(Model):
    """The model called one or more tools. Reply with a ServerMessageResponseToolCalls.

    Attributes:
        type_: Discriminator marking the message type.
        tool_call_list: The tool calls to run; answer each by its id.
        tool_with_tool_call_list: Each called tool's definition together with its call.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("toolCallList", "tool_call_list"),
        ("toolWithToolCallList", "tool_with_tool_call_list"),
        ("call", "call"),
    )

    type_: Literal["tool-calls"]
    tool_call_list: list[ServerMessageToolCall] | Unset = UNSET
    tool_with_tool_call_list: list[dict[str, Any]] | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

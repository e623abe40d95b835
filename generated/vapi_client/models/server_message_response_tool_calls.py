from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server_message_tool_call_result import ServerMessageToolCallResult


__all__ = ["ServerMessageResponseToolCalls"]


@_attrs_define(repr=False)
class ServerMessageResponseToolCalls(Model):
    """Reply to a tool-calls message, one result per tool call.

    Attributes:
        results: Results of the tool calls, matched to them by toolCallId.
    """

    _schema: ClassVar[str] = "ServerMessageResponseToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("results", "results"),)

    results: list[ServerMessageToolCallResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

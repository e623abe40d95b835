from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ServerMessageToolCallResult"]


@_attrs_define(repr=False)
class ServerMessageToolCallResult(Model):
    """The result of one tool call.

    Attributes:
        tool_call_id: ID of the tool call this result answers (ServerMessageToolCall.id).
        result: The tool's result, given to the model.
    """

    _schema: ClassVar[str] = "ServerMessageToolCallResult"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("toolCallId", "tool_call_id"),
        ("result", "result"),
    )

    tool_call_id: str
    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ToolCallMessage"]


@_attrs_define(repr=False)
class ToolCallMessage(Model):
    """ToolCallMessage

    Attributes:
        role: The role of the tool call in the conversation.
        tool_calls: The list of tool calls made during the conversation.
        message: The message content for the tool call.
        time: The timestamp when the message was sent.
        seconds_from_start: The number of seconds from the start of the conversation.
    """

    _schema: ClassVar[str] = "ToolCallMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("toolCalls", "tool_calls"),
        ("message", "message"),
        ("time", "time"),
        ("secondsFromStart", "seconds_from_start"),
    )

    role: Literal["tool_calls"]
    tool_calls: list[dict[str, Any]]
    message: str
    time: float
    seconds_from_start: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_result_message_warning import ToolCallResultMessageWarning


__all__ = ["ToolCallResultMessage"]


@_attrs_define(repr=False)
class ToolCallResultMessage(Model):
    """ToolCallResultMessage

    Attributes:
        role: The role of the tool call result in the conversation.
        tool_call_id: The ID of the tool call.
        name: The name of the tool that returned the result.
        result: The result of the tool call in JSON format.
        time: The timestamp when the message was sent.
        seconds_from_start: The number of seconds from the start of the conversation.
        metadata: Any JSON object: free-form data the API stores and returns as given.
        warnings: Warnings raised for this tool call result, e.g. when the response is
            larger than recommended for voice AI context windows.
    """

    _schema: ClassVar[str] = "ToolCallResultMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("toolCallId", "tool_call_id"),
        ("name", "name"),
        ("result", "result"),
        ("time", "time"),
        ("secondsFromStart", "seconds_from_start"),
        ("metadata", "metadata"),
        ("warnings", "warnings"),
    )

    role: Literal["tool_call_result"]
    tool_call_id: str
    name: str
    result: str
    time: float
    seconds_from_start: float
    metadata: dict[str, Any] | Unset = UNSET
    warnings: list[ToolCallResultMessageWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.call_ended_reason import CallEndedReason
    from ..models.server_message_conversation_message import ServerMessageConversationMessage


__all__ = ["ServerMessageEndOfCallReport"]


@_attrs_define(repr=False)
class ServerMessageEndOfCallReport(Model):
    """Sent once the call has ended, with why it ended, its recording, summary and transcript.

    Attributes:
        type_: Discriminator marking the message type.
        ended_reason: Known values of Call.endedReason.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
        recording_url: URL of the call's audio recording.
        summary: Short written summary of the call.
        transcript: Full text transcript of the conversation.
        messages: The conversation, message by message.
    """

    _schema: ClassVar[str] = "ServerMessageEndOfCallReport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("endedReason", "ended_reason"),
        ("call", "call"),
        ("recordingUrl", "recording_url"),
        ("summary", "summary"),
        ("transcript", "transcript"),
        ("messages", "messages"),
    )

    type_: Literal["end-of-call-report"]
    ended_reason: CallEndedReason | Unset = UNSET
    call: Call | Unset = UNSET
    recording_url: str | Unset = UNSET
    summary: str | Unset = UNSET
    transcript: str | Unset = UNSET
    messages: list[ServerMessageConversationMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

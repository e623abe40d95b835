from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server_message_assistant_request import ServerMessageAssistantRequest
    from ..models.server_message_conversation_update import ServerMessageConversationUpdate
    from ..models.server_message_end_of_call_report import ServerMessageEndOfCallReport
    from ..models.server_message_function_call import ServerMessageFunctionCall
    from ..models.server_message_hang import ServerMessageHang
    from ..models.server_message_model_output import ServerMessageModelOutput
    from ..models.server_message_phone_call_control import ServerMessagePhoneCallControl
    from ..models.server_message_speech_update import ServerMessageSpeechUpdate
    from ..models.server_message_status_update import ServerMessageStatusUpdate
    from ..models.server_message_tool_calls import ServerMessageToolCalls
    from ..models.server_message_transcript import ServerMessageTranscript
    from ..models.server_message_voice_input import ServerMessageVoiceInput
    from ..models.unknown_variants import UnknownServerMessageBody


__all__ = ["ServerMessage"]


@_attrs_define(repr=False)
class ServerMessage(Model):
    """Envelope of every server message (webhook) Vapi POSTs to a server URL; the message itself is in 'message'.

    Attributes:
        message: A server message, chosen by 'type'. Types this version does not know are kept as received.
    """

    _schema: ClassVar[str] = "ServerMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("message", "message"),)

    message: (
        ServerMessageAssistantRequest
        | ServerMessageFunctionCall
        | ServerMessageStatusUpdate
        | ServerMessageTranscript
        | ServerMessageHang
        | ServerMessageToolCalls
        | ServerMessageEndOfCallReport
        | ServerMessageConversationUpdate
        | ServerMessagePhoneCallControl
        | ServerMessageModelOutput
        | ServerMessageVoiceInput
        | ServerMessageSpeechUpdate
        | UnknownServerMessageBody
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server_message_assistant_request import ServerMessageAssistantRequest
    from ..models.server_message_assistant_speech import ServerMessageAssistantSpeech
    from ..models.server_message_call_artifact_upload import ServerMessageCallArtifactUpload
    from ..models.server_message_call_delete_failed import ServerMessageCallDeleteFailed
    from ..models.server_message_call_deleted import ServerMessageCallDeleted
    from ..models.server_message_call_endpointing_request import ServerMessageCallEndpointingRequest
    from ..models.server_message_campaign_predial import ServerMessageCampaignPredial
    from ..models.server_message_chat_created import ServerMessageChatCreated
    from ..models.server_message_chat_deleted import ServerMessageChatDeleted
    from ..models.server_message_conversation_update import ServerMessageConversationUpdate
    from ..models.server_message_end_of_call_report import ServerMessageEndOfCallReport
    from ..models.server_message_handoff_destination_request import ServerMessageHandoffDestinationRequest
    from ..models.server_message_hang import ServerMessageHang
    from ..models.server_message_knowledge_base_request import ServerMessageKnowledgeBaseRequest
    from ..models.server_message_language_change_detected import ServerMessageLanguageChangeDetected
    from ..models.server_message_model_output import ServerMessageModelOutput
    from ..models.server_message_phone_call_control import ServerMessagePhoneCallControl
    from ..models.server_message_session_created import ServerMessageSessionCreated
    from ..models.server_message_session_deleted import ServerMessageSessionDeleted
    from ..models.server_message_session_updated import ServerMessageSessionUpdated
    from ..models.server_message_speech_update import ServerMessageSpeechUpdate
    from ..models.server_message_status_update import ServerMessageStatusUpdate
    from ..models.server_message_tool_calls import ServerMessageToolCalls
    from ..models.server_message_transcript import ServerMessageTranscript
    from ..models.server_message_transfer_destination_request import ServerMessageTransferDestinationRequest
    from ..models.server_message_transfer_update import ServerMessageTransferUpdate
    from ..models.server_message_user_interrupted import ServerMessageUserInterrupted
    from ..models.server_message_voice_input import ServerMessageVoiceInput
    from ..models.server_message_voice_request import ServerMessageVoiceRequest
    from ..models.unknown_variants import UnknownServerMessageBody


__all__ = ["ServerMessage"]


@_attrs_define(repr=False)
class ServerMessage(Model):
    """ServerMessage

    Attributes:
        message:
    """

    _schema: ClassVar[str] = "ServerMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("message", "message"),)

    message: (
        ServerMessageAssistantRequest
        | ServerMessageConversationUpdate
        | ServerMessageEndOfCallReport
        | ServerMessageHandoffDestinationRequest
        | ServerMessageHang
        | ServerMessageKnowledgeBaseRequest
        | ServerMessageModelOutput
        | ServerMessagePhoneCallControl
        | ServerMessageSpeechUpdate
        | ServerMessageStatusUpdate
        | ServerMessageToolCalls
        | ServerMessageTransferDestinationRequest
        | ServerMessageTransferUpdate
        | ServerMessageTranscript
        | ServerMessageUserInterrupted
        | ServerMessageLanguageChangeDetected
        | ServerMessageVoiceInput
        | ServerMessageAssistantSpeech
        | ServerMessageVoiceRequest
        | ServerMessageCallEndpointingRequest
        | ServerMessageChatCreated
        | ServerMessageChatDeleted
        | ServerMessageSessionCreated
        | ServerMessageSessionUpdated
        | ServerMessageSessionDeleted
        | ServerMessageCallDeleted
        | ServerMessageCallDeleteFailed
        | ServerMessageCallArtifactUpload
        | ServerMessageCampaignPredial
        | UnknownServerMessageBody
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

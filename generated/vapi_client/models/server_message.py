# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessage(Model):
    """ServerMessage

    Attributes:
        message: These are all the messages that can be sent to your server before, after and during the call.
            Configure the messages you'd like to receive in `assistant.serverMessages`.

            The server where the message is sent is determined by the following precedence order:

            1. `tool.server.url` (if configured, and only for "tool-calls" message)
            2. `assistant.serverUrl` (if configure)
            3. `phoneNumber.serverUrl` (if configured)
            4. `org.serverUrl` (if configured)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ServerMessageBody = _h.alternatives("ServerMessageBody")


def _load_ServerMessage(data: dict[str, Any], strict: bool) -> ServerMessage | dict[str, Any]:
    """ServerMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "message" in data:
        v = data["message"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_ServerMessageBody[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p0 = _S
        else:
            p0 = alternative2[1](v, strict)
            if type(p0) is dict:
                p0 = _R(alternative2[0], p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessage:
            return ServerMessage(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessage(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessage}
            return obj
    return {"message": p0}


_KNOWN_ServerMessage = frozenset(("message",))


def _to_dict_ServerMessage(self: ServerMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessage._fast_load = _load_ServerMessage
setattr(ServerMessage, "to_dict", _to_dict_ServerMessage)  # noqa: B010 - replaces Model.to_dict

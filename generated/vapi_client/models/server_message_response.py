from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server_message_response_assistant_request import ServerMessageResponseAssistantRequest
    from ..models.server_message_response_call_endpointing_request import ServerMessageResponseCallEndpointingRequest
    from ..models.server_message_response_campaign_predial import ServerMessageResponseCampaignPredial
    from ..models.server_message_response_handoff_destination_request import (
        ServerMessageResponseHandoffDestinationRequest,
    )
    from ..models.server_message_response_knowledge_base_request import ServerMessageResponseKnowledgeBaseRequest
    from ..models.server_message_response_tool_calls import ServerMessageResponseToolCalls
    from ..models.server_message_response_transfer_destination_request import (
        ServerMessageResponseTransferDestinationRequest,
    )
    from ..models.server_message_response_voice_request import ServerMessageResponseVoiceRequest


__all__ = ["ServerMessageResponse"]


@_attrs_define(repr=False)
class ServerMessageResponse(Model):
    """ServerMessageResponse

    Attributes:
        message_response: This is the response that is expected from the server to the message.

            Note: Most messages don't expect a response. Only "assistant-request", "tool-calls" and "transfer-
            destination-request" do.
    """

    _schema: ClassVar[str] = "ServerMessageResponse"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("messageResponse", "message_response"),)

    message_response: (
        ServerMessageResponseAssistantRequest
        | ServerMessageResponseHandoffDestinationRequest
        | ServerMessageResponseKnowledgeBaseRequest
        | ServerMessageResponseToolCalls
        | ServerMessageResponseTransferDestinationRequest
        | ServerMessageResponseVoiceRequest
        | ServerMessageResponseCallEndpointingRequest
        | ServerMessageResponseCampaignPredial
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

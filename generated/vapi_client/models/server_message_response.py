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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ServerMessageResponse_one_of_1 = _h.OneOf(
    ("model", "ServerMessageResponseAssistantRequest"),
    ("model", "ServerMessageResponseHandoffDestinationRequest"),
    ("model", "ServerMessageResponseKnowledgeBaseRequest"),
    ("model", "ServerMessageResponseToolCalls"),
    ("model", "ServerMessageResponseTransferDestinationRequest"),
    ("model", "ServerMessageResponseVoiceRequest"),
    ("model", "ServerMessageResponseCallEndpointingRequest"),
    ("model", "ServerMessageResponseCampaignPredial"),
)


def _load_ServerMessageResponse(data: dict[str, Any], strict: bool) -> ServerMessageResponse | dict[str, Any]:
    """ServerMessageResponse from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "messageResponse" in data:
        v = data["messageResponse"]
        p0 = _ServerMessageResponse_one_of_1(v, strict)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponse:
            return ServerMessageResponse(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponse(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponse}
            return obj
    return {"messageResponse": p0}


_KNOWN_ServerMessageResponse = frozenset(("messageResponse",))


def _to_dict_ServerMessageResponse(self: ServerMessageResponse) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message_response
    if v is not UNSET:
        out["messageResponse"] = _h.dump_json(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponse._fast_load = _load_ServerMessageResponse
setattr(ServerMessageResponse, "to_dict", _to_dict_ServerMessageResponse)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.bot_message import BotMessage
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.open_ai_message import OpenAIMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.unknown_variants import UnknownConversationMessage, UnknownPhoneNumber
    from ..models.user_message import UserMessage


__all__ = ["ServerMessageKnowledgeBaseRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageKnowledgeBaseRequest(Model):
    """ServerMessageKnowledgeBaseRequest

    Attributes:
        type_: This is the type of the message. "knowledge-base-request" is sent to request knowledge base
            documents. To enable, use `assistant.knowledgeBase.provider=custom-knowledge-base`.
        messages_open_ai_formatted: This is just `messages` formatted for OpenAI.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        messages: These are the messages that are going to be sent to the `model` right after the `knowledge-base-
            request` webhook completes.
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
    """

    _schema: ClassVar[str] = "ServerMessageKnowledgeBaseRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messagesOpenAIFormatted", "messages_open_ai_formatted"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("messages", "messages"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["knowledge-base-request"]
    messages_open_ai_formatted: list[OpenAIMessage]
    phone_number: (
        CreateByoPhoneNumberDTO
        | CreateTwilioPhoneNumberDTO
        | CreateVonagePhoneNumberDTO
        | CreateVapiPhoneNumberDTO
        | CreateTelnyxPhoneNumberDTO
        | UnknownPhoneNumber
        | Unset
    ) = UNSET
    assistant_version: str | None | Unset = UNSET
    messages: (
        list[
            UserMessage
            | SystemMessage
            | BotMessage
            | ToolCallMessage
            | ToolCallResultMessage
            | UnknownConversationMessage
        ]
        | Unset
    ) = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ServerMessageKnowledgeBaseRequest_items_6 = _h.Items(("model", "OpenAIMessage"))
_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")
_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_ServerMessageKnowledgeBaseRequest_items_16 = _h.Items(("union", "ConversationMessage"))


def _load_ServerMessageKnowledgeBaseRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageKnowledgeBaseRequest | dict[str, Any]:
    """ServerMessageKnowledgeBaseRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "knowledge-base-request" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "messagesOpenAIFormatted" in data:
        v = data["messagesOpenAIFormatted"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["OpenAIMessage"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("OpenAIMessage", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_ServerMessageKnowledgeBaseRequest_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag7 = v.get("provider") if type(v) is dict else None
        alternative8 = _alternatives_PhoneNumber[tag7] if type(tag7) is str else None
        if alternative8 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative8[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative8[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p3 = None
        else:
            p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                tag14 = e9.get("role") if type(e9) is dict else None
                alternative15 = _alternatives_ConversationMessage[tag14] if type(tag14) is str else None
                if alternative15 is None:  # not an object, or a tag this spec does not know
                    x10 = _S
                else:
                    x10 = alternative15[1](e9, strict)
                    if type(x10) is dict:
                        x10 = _R(alternative15[0], x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p4 = _R(_ServerMessageKnowledgeBaseRequest_items_16, out11) if resume13 else out11
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if "timestamp" in data:
        v = data["timestamp"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p6 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("Artifact", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p7 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("CreateAssistantDTO", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p8 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("CreateCustomerDTO", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "call" in data:
        v = data["call"]
        p9 = _FAST["Call"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("Call", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "chat" in data:
        v = data["chat"]
        p10 = _FAST["Chat"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("Chat", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageKnowledgeBaseRequest:
            return ServerMessageKnowledgeBaseRequest(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageKnowledgeBaseRequest(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageKnowledgeBaseRequest
            }
            return obj
    return {
        "type": p0,
        "messagesOpenAIFormatted": p1,
        "phoneNumber": p2,
        "assistantVersion": p3,
        "messages": p4,
        "timestamp": p5,
        "artifact": p6,
        "assistant": p7,
        "customer": p8,
        "call": p9,
        "chat": p10,
    }


_KNOWN_ServerMessageKnowledgeBaseRequest = frozenset(
    (
        "type",
        "messagesOpenAIFormatted",
        "phoneNumber",
        "assistantVersion",
        "messages",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
    )
)


def _to_dict_ServerMessageKnowledgeBaseRequest(self: ServerMessageKnowledgeBaseRequest) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.phone_number
    if v is not UNSET:
        out["phoneNumber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i17.to_dict() if hasattr(i17, "to_dict") else _h.fresh(i17) for i17 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.messages_open_ai_formatted
    if v is not UNSET:
        out["messagesOpenAIFormatted"] = (
            [i18.to_dict() if hasattr(i18, "to_dict") else _h.fresh(i18) for i18 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.timestamp
    if v is not UNSET:
        out["timestamp"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.artifact
    if v is not UNSET:
        out["artifact"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.call
    if v is not UNSET:
        out["call"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.chat
    if v is not UNSET:
        out["chat"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageKnowledgeBaseRequest._fast_load = _load_ServerMessageKnowledgeBaseRequest
setattr(ServerMessageKnowledgeBaseRequest, "to_dict", _to_dict_ServerMessageKnowledgeBaseRequest)  # noqa: B010 - replaces Model.to_dict

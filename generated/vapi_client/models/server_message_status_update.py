# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
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
    from ..models.call_ended_reason import CallEndedReason, _CallEndedReasonValues
    from ..models.call_status import CallStatus, _CallStatusValues
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
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownConversationMessage, UnknownDestination, UnknownPhoneNumber
    from ..models.user_message import UserMessage


__all__ = ["ServerMessageStatusUpdate"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageStatusUpdate(Model):
    """ServerMessageStatusUpdate

    Attributes:
        type_: This is the type of the message. "status-update" is sent whenever the `call.status` changes.
        status: This is the status of the call.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        ended_reason: This is the reason the call ended. This is only sent if the status is "ended".
        messages: These are the conversation messages of the call. This is only sent if the status is "forwarding".
        messages_open_ai_formatted: These are the conversation messages of the call. This is only sent if the status is "forwarding".
        destination: This is the destination the call is being transferred to. This is only sent if the status is
            "forwarding".
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
        transcript: This is the transcript of the call. This is only sent if the status is "forwarding".
        summary: This is the summary of the call. This is only sent if the status is "forwarding".
        inbound_phone_call_debugging_artifacts: This is the inbound phone call debugging artifacts. This is only sent if the status is "ended" and
            there was an error accepting the inbound phone call.

            This will include any errors related to the "assistant-request" if one was made.
    """

    _schema: ClassVar[str] = "ServerMessageStatusUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("status", "status"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("endedReason", "ended_reason"),
        ("messages", "messages"),
        ("messagesOpenAIFormatted", "messages_open_ai_formatted"),
        ("destination", "destination"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("transcript", "transcript"),
        ("summary", "summary"),
        ("inboundPhoneCallDebuggingArtifacts", "inbound_phone_call_debugging_artifacts"),
    )

    type_: Literal["status-update"]
    status: CallStatus | _CallStatusValues
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
    ended_reason: CallEndedReason | _CallEndedReasonValues | Unset = UNSET
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
    messages_open_ai_formatted: list[OpenAIMessage] | Unset = UNSET
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    transcript: str | Unset = UNSET
    summary: str | Unset = UNSET
    inbound_phone_call_debugging_artifacts: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")
_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_ServerMessageStatusUpdate_items_10 = _h.Items(("union", "ConversationMessage"))
_ServerMessageStatusUpdate_items_16 = _h.Items(("model", "OpenAIMessage"))
_alternatives_Destination = _h.alternatives("Destination")


def _load_ServerMessageStatusUpdate(data: dict[str, Any], strict: bool) -> ServerMessageStatusUpdate | dict[str, Any]:
    """ServerMessageStatusUpdate from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    p16: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "status-update" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "status" in data:
        v = data["status"]
        p1 = _MEMBERS["CallStatus"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("CallStatus", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_PhoneNumber[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
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
    if "endedReason" in data:
        v = data["endedReason"]
        p4 = _MEMBERS["CallEndedReason"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and True:
            p4 = _h.open_member("CallEndedReason", v)
        if p4 is _S:
            slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                tag8 = e3.get("role") if type(e3) is dict else None
                alternative9 = _alternatives_ConversationMessage[tag8] if type(tag8) is str else None
                if alternative9 is None:  # not an object, or a tag this spec does not know
                    x4 = _S
                else:
                    x4 = alternative9[1](e3, strict)
                    if type(x4) is dict:
                        x4 = _R(alternative9[0], x4)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p5 = _R(_ServerMessageStatusUpdate_items_10, out5) if resume7 else out5
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if "messagesOpenAIFormatted" in data:
        v = data["messagesOpenAIFormatted"]
        if type(v) is list:
            resume15 = False
            out13: list[Any] = []
            for e11 in v:
                x12 = _FAST["OpenAIMessage"](e11, strict) if type(e11) is dict else _S
                if type(x12) is dict:  # loaded in part: the generic loader finishes it
                    x12 = _R("OpenAIMessage", x12)
                if x12 is _S or type(x12) is _R:
                    resume15 = True
                out13.append(x12)
            p6 = _R(_ServerMessageStatusUpdate_items_16, out13) if resume15 else out13
        else:
            p6 = _S
        if p6 is _S or type(p6) is _R:
            slow = True
    if "destination" in data:
        v = data["destination"]
        tag17 = v.get("type") if type(v) is dict else None
        alternative18 = _alternatives_Destination[tag17] if type(tag17) is str else None
        if alternative18 is None:  # not an object, or a tag this spec does not know
            p7 = _S
        else:
            p7 = alternative18[1](v, strict)
            if type(p7) is dict:
                p7 = _R(alternative18[0], p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "timestamp" in data:
        v = data["timestamp"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p8 is _S:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p9 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("Artifact", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p10 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("CreateAssistantDTO", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p11 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("CreateCustomerDTO", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if "call" in data:
        v = data["call"]
        p12 = _FAST["Call"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("Call", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "chat" in data:
        v = data["chat"]
        p13 = _FAST["Chat"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("Chat", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "transcript" in data:
        v = data["transcript"]
        p14 = v if type(v) is str else _S
        if p14 is _S:
            slow = True
    if "summary" in data:
        v = data["summary"]
        p15 = v if type(v) is str else _S
        if p15 is _S:
            slow = True
    if "inboundPhoneCallDebuggingArtifacts" in data:
        v = data["inboundPhoneCallDebuggingArtifacts"]
        p16 = v if type(v) is dict else _S
        if p16 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageStatusUpdate:
            return ServerMessageStatusUpdate(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageStatusUpdate(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageStatusUpdate}
            return obj
    return {
        "type": p0,
        "status": p1,
        "phoneNumber": p2,
        "assistantVersion": p3,
        "endedReason": p4,
        "messages": p5,
        "messagesOpenAIFormatted": p6,
        "destination": p7,
        "timestamp": p8,
        "artifact": p9,
        "assistant": p10,
        "customer": p11,
        "call": p12,
        "chat": p13,
        "transcript": p14,
        "summary": p15,
        "inboundPhoneCallDebuggingArtifacts": p16,
    }


_KNOWN_ServerMessageStatusUpdate = frozenset(
    (
        "type",
        "status",
        "phoneNumber",
        "assistantVersion",
        "endedReason",
        "messages",
        "messagesOpenAIFormatted",
        "destination",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
        "transcript",
        "summary",
        "inboundPhoneCallDebuggingArtifacts",
    )
)


def _to_dict_ServerMessageStatusUpdate(self: ServerMessageStatusUpdate) -> dict[str, Any]:
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
    v = self.status
    if v is not UNSET:
        out["status"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.ended_reason
    if v is not UNSET:
        out["endedReason"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i19.to_dict() if hasattr(i19, "to_dict") else _h.fresh(i19) for i19 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.messages_open_ai_formatted
    if v is not UNSET:
        out["messagesOpenAIFormatted"] = (
            [i20.to_dict() if hasattr(i20, "to_dict") else _h.fresh(i20) for i20 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
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
    v = self.transcript
    if v is not UNSET:
        out["transcript"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary
    if v is not UNSET:
        out["summary"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.inbound_phone_call_debugging_artifacts
    if v is not UNSET:
        out["inboundPhoneCallDebuggingArtifacts"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageStatusUpdate._fast_load = _load_ServerMessageStatusUpdate
setattr(ServerMessageStatusUpdate, "to_dict", _to_dict_ServerMessageStatusUpdate)  # noqa: B010 - replaces Model.to_dict

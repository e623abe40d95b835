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
    from ..models.bash_tool_with_tool_call import BashToolWithToolCall
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.computer_tool_with_tool_call import ComputerToolWithToolCall
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.function_tool_with_tool_call import FunctionToolWithToolCall
    from ..models.ghl_tool_with_tool_call import GhlToolWithToolCall
    from ..models.google_calendar_create_event_tool_with_tool_call import GoogleCalendarCreateEventToolWithToolCall
    from ..models.make_tool_with_tool_call import MakeToolWithToolCall
    from ..models.text_editor_tool_with_tool_call import TextEditorToolWithToolCall
    from ..models.tool_call import ToolCall
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownToolWithToolCallList


__all__ = ["ServerMessageToolCalls"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageToolCalls(Model):
    """ServerMessageToolCalls

    Attributes:
        type_: This is the type of the message. "tool-calls" is sent to call a tool.
        tool_with_tool_call_list: This is the list of tools calls that the model is requesting along with the original tool
            configuration.
        tool_call_list: This is the list of tool calls that the model is requesting.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        timestamp: This is the timestamp of the message.
        artifact: This is a live version of the `call.artifact`.

            This matches what is stored on `call.artifact` after the call.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
    """

    _schema: ClassVar[str] = "ServerMessageToolCalls"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("toolWithToolCallList", "tool_with_tool_call_list"),
        ("toolCallList", "tool_call_list"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["tool-calls"]
    tool_with_tool_call_list: list[
        FunctionToolWithToolCall
        | GhlToolWithToolCall
        | MakeToolWithToolCall
        | BashToolWithToolCall
        | ComputerToolWithToolCall
        | TextEditorToolWithToolCall
        | GoogleCalendarCreateEventToolWithToolCall
        | UnknownToolWithToolCallList
    ]
    tool_call_list: list[ToolCall]
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
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ToolWithToolCallList = _h.alternatives("ToolWithToolCallList")
_ServerMessageToolCalls_items_8 = _h.Items(("union", "ToolWithToolCallList"))
_ServerMessageToolCalls_items_14 = _h.Items(("model", "ToolCall"))
_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")


def _load_ServerMessageToolCalls(data: dict[str, Any], strict: bool) -> ServerMessageToolCalls | dict[str, Any]:
    """ServerMessageToolCalls from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "tool-calls" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "toolWithToolCallList" in data:
        v = data["toolWithToolCallList"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_ToolWithToolCallList[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_ServerMessageToolCalls_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "toolCallList" in data:
        v = data["toolCallList"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["ToolCall"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("ToolCall", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p2 = _R(_ServerMessageToolCalls_items_14, out11) if resume13 else out11
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag15 = v.get("provider") if type(v) is dict else None
        alternative16 = _alternatives_PhoneNumber[tag15] if type(tag15) is str else None
        if alternative16 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative16[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative16[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p4 = None
        else:
            p4 = v if type(v) is str else _S
        if p4 is _S:
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
        if data.keys() <= _KNOWN_ServerMessageToolCalls:
            return ServerMessageToolCalls(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageToolCalls(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageToolCalls}
            return obj
    return {
        "type": p0,
        "toolWithToolCallList": p1,
        "toolCallList": p2,
        "phoneNumber": p3,
        "assistantVersion": p4,
        "timestamp": p5,
        "artifact": p6,
        "assistant": p7,
        "customer": p8,
        "call": p9,
        "chat": p10,
    }


_KNOWN_ServerMessageToolCalls = frozenset(
    (
        "type",
        "toolWithToolCallList",
        "toolCallList",
        "phoneNumber",
        "assistantVersion",
        "timestamp",
        "artifact",
        "assistant",
        "customer",
        "call",
        "chat",
    )
)


def _to_dict_ServerMessageToolCalls(self: ServerMessageToolCalls) -> dict[str, Any]:
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
    v = self.tool_with_tool_call_list
    if v is not UNSET:
        out["toolWithToolCallList"] = (
            [i17.to_dict() if hasattr(i17, "to_dict") else _h.fresh(i17) for i17 in v]
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
    v = self.tool_call_list
    if v is not UNSET:
        out["toolCallList"] = (
            [i18.to_dict() if hasattr(i18, "to_dict") else _h.fresh(i18) for i18 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageToolCalls._fast_load = _load_ServerMessageToolCalls
setattr(ServerMessageToolCalls, "to_dict", _to_dict_ServerMessageToolCalls)  # noqa: B010 - replaces Model.to_dict

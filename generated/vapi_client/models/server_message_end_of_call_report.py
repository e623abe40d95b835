# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
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
    from ..models.analysis import Analysis
    from ..models.analysis_cost import AnalysisCost
    from ..models.artifact import Artifact
    from ..models.call import Call
    from ..models.call_ended_reason import CallEndedReason, _CallEndedReasonValues
    from ..models.chat import Chat
    from ..models.compliance import Compliance
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.knowledge_base_cost import KnowledgeBaseCost
    from ..models.model_cost import ModelCost
    from ..models.transcriber_cost import TranscriberCost
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.transport_cost import TransportCost
    from ..models.unknown_variants import UnknownCost, UnknownDestination, UnknownPhoneNumber
    from ..models.vapi_cost import VapiCost
    from ..models.voice_cost import VoiceCost
    from ..models.voicemail_detection_cost import VoicemailDetectionCost


__all__ = ["ServerMessageEndOfCallReport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageEndOfCallReport(Model):
    """ServerMessageEndOfCallReport

    Attributes:
        type_: This is the type of the message. "end-of-call-report" is sent when the call ends and post-processing
            is complete.
        ended_reason: This is the reason the call ended. This can also be found at `call.endedReason` on GET /call/:id.
        artifact: These are the artifacts from the call. This can also be found at `call.artifact` on GET /call/:id.
        analysis: This is the analysis of the call. This can also be found at `call.analysis` on GET /call/:id.
        phone_number: This is the phone number that the message is associated with.
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        cost: This is the cost of the call in USD. This can also be found at `call.cost` on GET /call/:id.
        costs: These are the costs of individual components of the call in USD. This can also be found at
            `call.costs` on GET /call/:id.
        destination: This is the destination the call was transferred to, if the call was forwarded.
            This can also be found at `call.destination` on GET /call/:id.
        timestamp: This is the timestamp of the message.
        assistant: This is the assistant that the message is associated with.
        customer: This is the customer that the message is associated with.
        call: This is the call that the message is associated with.
        chat: This is the chat object.
        started_at: This is the ISO 8601 date-time string of when the call started. This can also be found at
            `call.startedAt` on GET /call/:id.
        ended_at: This is the ISO 8601 date-time string of when the call ended. This can also be found at
            `call.endedAt` on GET /call/:id.
        compliance: This is the compliance result of the call. This can also be found at `call.compliance` on GET
            /call/:id.
    """

    _schema: ClassVar[str] = "ServerMessageEndOfCallReport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("endedReason", "ended_reason"),
        ("artifact", "artifact"),
        ("analysis", "analysis"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("cost", "cost"),
        ("costs", "costs"),
        ("destination", "destination"),
        ("timestamp", "timestamp"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("startedAt", "started_at"),
        ("endedAt", "ended_at"),
        ("compliance", "compliance"),
    )

    type_: Literal["end-of-call-report"]
    ended_reason: CallEndedReason | _CallEndedReasonValues
    artifact: Artifact
    analysis: Analysis
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
    cost: float | Unset = UNSET
    costs: (
        list[
            TransportCost
            | TranscriberCost
            | ModelCost
            | VoiceCost
            | VapiCost
            | VoicemailDetectionCost
            | AnalysisCost
            | KnowledgeBaseCost
            | UnknownCost
        ]
        | Unset
    ) = UNSET
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    timestamp: float | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    compliance: Compliance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_PhoneNumber = _h.alternatives("PhoneNumber")
_alternatives_Cost = _h.alternatives("Cost")
_ServerMessageEndOfCallReport_items_10 = _h.Items(("union", "Cost"))
_alternatives_Destination = _h.alternatives("Destination")


def _load_ServerMessageEndOfCallReport(
    data: dict[str, Any], strict: bool
) -> ServerMessageEndOfCallReport | dict[str, Any]:
    """ServerMessageEndOfCallReport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "end-of-call-report" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "endedReason" in data:
        v = data["endedReason"]
        p1 = _MEMBERS["CallEndedReason"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("CallEndedReason", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "artifact" in data:
        v = data["artifact"]
        p2 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("Artifact", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if "analysis" in data:
        v = data["analysis"]
        p3 = _FAST["Analysis"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("Analysis", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    else:
        p3 = _S
        slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_PhoneNumber[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p4 = _S
        else:
            p4 = alternative2[1](v, strict)
            if type(p4) is dict:
                p4 = _R(alternative2[0], p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p5 = None
        else:
            p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "cost" in data:
        v = data["cost"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "costs" in data:
        v = data["costs"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                tag8 = e3.get("type") if type(e3) is dict else None
                alternative9 = _alternatives_Cost[tag8] if type(tag8) is str else None
                if alternative9 is None:  # not an object, or a tag this spec does not know
                    x4 = _S
                else:
                    x4 = alternative9[1](e3, strict)
                    if type(x4) is dict:
                        x4 = _R(alternative9[0], x4)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p7 = _R(_ServerMessageEndOfCallReport_items_10, out5) if resume7 else out5
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if "destination" in data:
        v = data["destination"]
        tag11 = v.get("type") if type(v) is dict else None
        alternative12 = _alternatives_Destination[tag11] if type(tag11) is str else None
        if alternative12 is None:  # not an object, or a tag this spec does not know
            p8 = _S
        else:
            p8 = alternative12[1](v, strict)
            if type(p8) is dict:
                p8 = _R(alternative12[0], p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "timestamp" in data:
        v = data["timestamp"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p9 is _S:
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
    if "startedAt" in data:
        v = data["startedAt"]
        p14 = _h.datetime_or_slow(v)
        if p14 is _S:
            slow = True
    if "endedAt" in data:
        v = data["endedAt"]
        p15 = _h.datetime_or_slow(v)
        if p15 is _S:
            slow = True
    if "compliance" in data:
        v = data["compliance"]
        p16 = _FAST["Compliance"](v, strict) if type(v) is dict else _S
        if type(p16) is dict:  # loaded in part: the generic loader finishes it
            p16 = _R("Compliance", p16)
        if p16 is _S or type(p16) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageEndOfCallReport:
            return ServerMessageEndOfCallReport(
                p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageEndOfCallReport(
                p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ServerMessageEndOfCallReport}
            return obj
    return {
        "type": p0,
        "endedReason": p1,
        "artifact": p2,
        "analysis": p3,
        "phoneNumber": p4,
        "assistantVersion": p5,
        "cost": p6,
        "costs": p7,
        "destination": p8,
        "timestamp": p9,
        "assistant": p10,
        "customer": p11,
        "call": p12,
        "chat": p13,
        "startedAt": p14,
        "endedAt": p15,
        "compliance": p16,
    }


_KNOWN_ServerMessageEndOfCallReport = frozenset(
    (
        "type",
        "endedReason",
        "artifact",
        "analysis",
        "phoneNumber",
        "assistantVersion",
        "cost",
        "costs",
        "destination",
        "timestamp",
        "assistant",
        "customer",
        "call",
        "chat",
        "startedAt",
        "endedAt",
        "compliance",
    )
)


def _to_dict_ServerMessageEndOfCallReport(self: ServerMessageEndOfCallReport) -> dict[str, Any]:
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
    v = self.ended_reason
    if v is not UNSET:
        out["endedReason"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.costs
    if v is not UNSET:
        out["costs"] = (
            [i13.to_dict() if hasattr(i13, "to_dict") else _h.fresh(i13) for i13 in v]
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
    v = self.analysis
    if v is not UNSET:
        out["analysis"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.started_at
    if v is not UNSET:
        out["startedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.ended_at
    if v is not UNSET:
        out["endedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.compliance
    if v is not UNSET:
        out["compliance"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageEndOfCallReport._fast_load = _load_ServerMessageEndOfCallReport
setattr(ServerMessageEndOfCallReport, "to_dict", _to_dict_ServerMessageEndOfCallReport)  # noqa: B010 - replaces Model.to_dict

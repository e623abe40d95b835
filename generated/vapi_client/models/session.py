# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.analysis_cost import AnalysisCost
    from ..models.artifact import Artifact
    from ..models.assistant_message import AssistantMessage
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.developer_message import DeveloperMessage
    from ..models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from ..models.model_cost import ModelCost
    from ..models.session_cost import SessionCost
    from ..models.session_status import SessionStatus, _SessionStatusValues
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.unknown_variants import UnknownChatInput, UnknownSessionCosts
    from ..models.user_message import UserMessage


__all__ = ["Session"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Session(Model):
    """Session

    Attributes:
        id: This is the unique identifier for the session.
        org_id: This is the unique identifier for the organization that owns this session.
        created_at: This is the ISO 8601 timestamp indicating when the session was created.
        updated_at: This is the ISO 8601 timestamp indicating when the session was last updated.
        cost: This is the cost of the session in USD.
        costs: These are the costs of individual components of the session in USD.
        name: This is a user-defined name for the session. Maximum length is 40 characters.
        status: This is the current status of the session. Can be either 'active' or 'completed'.
        expiration_seconds: Session expiration time in seconds. Defaults to 24 hours (86400 seconds) if not set.
        assistant_id: This is the ID of the assistant associated with this session. Use this when referencing an existing
            assistant.
        assistant: This is the assistant configuration for this session. Use this when creating a new assistant
            configuration.
            If assistantId is provided, this will be ignored.
        assistant_overrides: These are the overrides for the assistant configuration.
            Use this to provide variable values and other overrides when using assistantId.
            Variable substitution will be applied to the assistant's messages and other text-based fields.
        squad_id: This is the squad ID associated with this session. Use this when referencing an existing squad.
        squad: This is the squad configuration for this session. Use this when creating a new squad configuration.
            If squadId is provided, this will be ignored.
        messages: This is an array of chat messages in the session.
        customer: This is the customer information associated with this session.
        customer_id: This is the customerId of the customer associated with this session.
        phone_number_id: This is the ID of the phone number associated with this session.
        phone_number: This is the phone number configuration for this session.
        artifact: These are the artifacts that were extracted from the session messages.
            They are only available after the session has completed.
            The artifact plan from the assistant or active assistant of squad is used to generate the artifact.
            Currently the only supported fields of assistant artifact plan are:
            - structuredOutputIds
    """

    _schema: ClassVar[str] = "Session"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("orgId", "org_id"),
        ("createdAt", "created_at"),
        ("updatedAt", "updated_at"),
        ("cost", "cost"),
        ("costs", "costs"),
        ("name", "name"),
        ("status", "status"),
        ("expirationSeconds", "expiration_seconds"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("messages", "messages"),
        ("customer", "customer"),
        ("customerId", "customer_id"),
        ("phoneNumberId", "phone_number_id"),
        ("phoneNumber", "phone_number"),
        ("artifact", "artifact"),
    )

    id: str
    org_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    cost: float | Unset = UNSET
    costs: list[ModelCost | AnalysisCost | SessionCost | UnknownSessionCosts] | Unset = UNSET
    name: str | Unset = UNSET
    status: SessionStatus | _SessionStatusValues | Unset = UNSET
    expiration_seconds: float | Unset = UNSET
    assistant_id: str | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    messages: (
        list[SystemMessage | UserMessage | AssistantMessage | ToolMessage | DeveloperMessage | UnknownChatInput] | Unset
    ) = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    customer_id: str | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    phone_number: ImportTwilioPhoneNumberDTO | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_SessionCosts = _h.alternatives("SessionCosts")
_Session_items_8 = _h.Items(("union", "SessionCosts"))
_alternatives_ChatInput = _h.alternatives("ChatInput")
_Session_items_16 = _h.Items(("union", "ChatInput"))


def _load_Session(data: dict[str, Any], strict: bool) -> Session | dict[str, Any]:
    """Session from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p17: Any = unset
    p18: Any = unset
    p19: Any = unset
    slow = False
    if "id" in data:
        v = data["id"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "orgId" in data:
        v = data["orgId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "createdAt" in data:
        v = data["createdAt"]
        p2 = _h.datetime_or_slow(v)
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "updatedAt" in data:
        v = data["updatedAt"]
        p3 = _h.datetime_or_slow(v)
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "costs" in data:
        v = data["costs"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_SessionCosts[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p5 = _R(_Session_items_8, out3) if resume5 else out3
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if "status" in data:
        v = data["status"]
        p7 = _MEMBERS["SessionStatus"].get(v, _S) if type(v) is str else _S
        if p7 is _S and type(v) is str and True:
            p7 = _h.open_member("SessionStatus", v)
        if p7 is _S:
            slow = True
    if "expirationSeconds" in data:
        v = data["expirationSeconds"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 60 and v <= 2592000 else _S
        if p8 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p9 = v if type(v) is str else _S
        if p9 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p10 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("CreateAssistantDTO", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p11 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("AssistantOverrides", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p12 = v if type(v) is str else _S
        if p12 is _S:
            slow = True
    if "squad" in data:
        v = data["squad"]
        p13 = _FAST["CreateSquadDTO"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("CreateSquadDTO", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                tag14 = e9.get("role") if type(e9) is dict else None
                alternative15 = _alternatives_ChatInput[tag14] if type(tag14) is str else None
                if alternative15 is None:  # not an object, or a tag this spec does not know
                    x10 = _S
                else:
                    x10 = alternative15[1](e9, strict)
                    if type(x10) is dict:
                        x10 = _R(alternative15[0], x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p14 = _R(_Session_items_16, out11) if resume13 else out11
        else:
            p14 = _S
        if p14 is _S or type(p14) is _R:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p15 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("CreateCustomerDTO", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if "customerId" in data:
        v = data["customerId"]
        p16 = v if type(v) is str else _S
        if p16 is _S:
            slow = True
    if "phoneNumberId" in data:
        v = data["phoneNumberId"]
        p17 = v if type(v) is str else _S
        if p17 is _S:
            slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        p18 = _FAST["ImportTwilioPhoneNumberDTO"](v, strict) if type(v) is dict else _S
        if type(p18) is dict:  # loaded in part: the generic loader finishes it
            p18 = _R("ImportTwilioPhoneNumberDTO", p18)
        if p18 is _S or type(p18) is _R:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p19 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p19) is dict:  # loaded in part: the generic loader finishes it
            p19 = _R("Artifact", p19)
        if p19 is _S or type(p19) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Session:
            return Session(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Session(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Session}
            return obj
    return {
        "id": p0,
        "orgId": p1,
        "createdAt": p2,
        "updatedAt": p3,
        "cost": p4,
        "costs": p5,
        "name": p6,
        "status": p7,
        "expirationSeconds": p8,
        "assistantId": p9,
        "assistant": p10,
        "assistantOverrides": p11,
        "squadId": p12,
        "squad": p13,
        "messages": p14,
        "customer": p15,
        "customerId": p16,
        "phoneNumberId": p17,
        "phoneNumber": p18,
        "artifact": p19,
    }


_KNOWN_Session = frozenset(
    (
        "id",
        "orgId",
        "createdAt",
        "updatedAt",
        "cost",
        "costs",
        "name",
        "status",
        "expirationSeconds",
        "assistantId",
        "assistant",
        "assistantOverrides",
        "squadId",
        "squad",
        "messages",
        "customer",
        "customerId",
        "phoneNumberId",
        "phoneNumber",
        "artifact",
    )
)


def _to_dict_Session(self: Session) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v is not UNSET:
        out["id"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.org_id
    if v is not UNSET:
        out["orgId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.created_at
    if v is not UNSET:
        out["createdAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.updated_at
    if v is not UNSET:
        out["updatedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.costs
    if v is not UNSET:
        out["costs"] = (
            [i17.to_dict() if hasattr(i17, "to_dict") else _h.fresh(i17) for i17 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.status
    if v is not UNSET:
        out["status"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.expiration_seconds
    if v is not UNSET:
        out["expirationSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.squad_id
    if v is not UNSET:
        out["squadId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.squad
    if v is not UNSET:
        out["squad"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i18.to_dict() if hasattr(i18, "to_dict") else _h.fresh(i18) for i18 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customer_id
    if v is not UNSET:
        out["customerId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.phone_number_id
    if v is not UNSET:
        out["phoneNumberId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.phone_number
    if v is not UNSET:
        out["phoneNumber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.artifact
    if v is not UNSET:
        out["artifact"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Session._fast_load = _load_Session
setattr(Session, "to_dict", _to_dict_Session)  # noqa: B010 - replaces Model.to_dict

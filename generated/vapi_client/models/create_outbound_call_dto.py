# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.create_workflow_dto import CreateWorkflowDTO
    from ..models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from ..models.schedule_plan import SchedulePlan
    from ..models.telnyx_transport import TelnyxTransport
    from ..models.twilio_transport import TwilioTransport
    from ..models.unknown_variants import UnknownTransport
    from ..models.vapi_sip_transport import VapiSipTransport
    from ..models.vapi_web_call_transport import VapiWebCallTransport
    from ..models.vapi_websocket_transport import VapiWebsocketTransport
    from ..models.vonage_transport import VonageTransport
    from ..models.workflow_overrides import WorkflowOverrides


__all__ = ["CreateOutboundCallDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateOutboundCallDTO(Model):
    """CreateOutboundCallDTO

    Attributes:
        assistant_version: This is the assistant version to use for this call. Supported only with
            direct `assistantId`. Omit to follow the latest version.
        transport: This is the transport of the call.
        customers: This is used to issue batch calls to multiple customers.

            Only relevant for `outboundPhoneCall`. To call a single customer, use `customer` instead.
        name: This is the name of the call. This is just for your own reference.
        schedule_plan: This is the schedule plan of the call.
        assistant_id: This is the assistant ID that will be used for the call. To use a transient assistant, use
            `assistant` instead.

            To start a call with:
            - Assistant, use `assistantId` or `assistant`
            - Squad, use `squadId` or `squad`
            - Workflow, use `workflowId` or `workflow`
        assistant: This is the assistant that will be used for the call. To use an existing assistant, use
            `assistantId` instead.

            To start a call with:
            - Assistant, use `assistant`
            - Squad, use `squad`
            - Workflow, use `workflow`
        assistant_overrides: These are the overrides for the `assistant` or `assistantId`'s settings and template variables.
        squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad: This is a squad that will be used for the call. To use an existing squad, use `squadId` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad_overrides: These are the overrides for the `squad` or `squadId`'s member settings and template variables.
            This will apply to all members of the squad.
        workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow: This is a workflow that will be used for the call. To use an existing workflow, use `workflowId`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow_overrides: These are the overrides for the `workflow` or `workflowId`'s settings and template variables.
        phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
            `phoneNumber` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        phone_number: This is the phone number that will be used for the call. To use an existing number, use
            `phoneNumberId` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        customer: This is the customer that will be called. To call an existing customer, use `customerId` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
    """

    _schema: ClassVar[str] = "CreateOutboundCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantVersion", "assistant_version"),
        ("transport", "transport"),
        ("customers", "customers"),
        ("name", "name"),
        ("schedulePlan", "schedule_plan"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("squadOverrides", "squad_overrides"),
        ("workflowId", "workflow_id"),
        ("workflow", "workflow"),
        ("workflowOverrides", "workflow_overrides"),
        ("phoneNumberId", "phone_number_id"),
        ("phoneNumber", "phone_number"),
        ("customerId", "customer_id"),
        ("customer", "customer"),
    )

    assistant_version: str | None | Unset = UNSET
    transport: (
        VapiWebsocketTransport
        | VonageTransport
        | TwilioTransport
        | VapiSipTransport
        | TelnyxTransport
        | VapiWebCallTransport
        | UnknownTransport
        | Unset
    ) = UNSET
    customers: list[CreateCustomerDTO] | Unset = UNSET
    name: str | Unset = UNSET
    schedule_plan: SchedulePlan | Unset = UNSET
    assistant_id: str | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    workflow_id: str | Unset = UNSET
    workflow: CreateWorkflowDTO | Unset = UNSET
    workflow_overrides: WorkflowOverrides | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    phone_number: ImportTwilioPhoneNumberDTO | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Transport = _h.alternatives("Transport")
_CreateOutboundCallDTO_items_8 = _h.Items(("model", "CreateCustomerDTO"))


def _load_CreateOutboundCallDTO(data: dict[str, Any], strict: bool) -> CreateOutboundCallDTO | dict[str, Any]:
    """CreateOutboundCallDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p0 = None
        else:
            p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "transport" in data:
        v = data["transport"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_Transport[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "customers" in data:
        v = data["customers"]
        if type(v) is list:
            resume7 = False
            out5: list[Any] = []
            for e3 in v:
                x4 = _FAST["CreateCustomerDTO"](e3, strict) if type(e3) is dict else _S
                if type(x4) is dict:  # loaded in part: the generic loader finishes it
                    x4 = _R("CreateCustomerDTO", x4)
                if x4 is _S or type(x4) is _R:
                    resume7 = True
                out5.append(x4)
            p2 = _R(_CreateOutboundCallDTO_items_8, out5) if resume7 else out5
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if "schedulePlan" in data:
        v = data["schedulePlan"]
        p4 = _FAST["SchedulePlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("SchedulePlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p6 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("CreateAssistantDTO", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p7 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("AssistantOverrides", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "squad" in data:
        v = data["squad"]
        p9 = _FAST["CreateSquadDTO"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("CreateSquadDTO", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
        p10 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("AssistantOverrides", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "workflowId" in data:
        v = data["workflowId"]
        p11 = v if type(v) is str else _S
        if p11 is _S:
            slow = True
    if "workflow" in data:
        v = data["workflow"]
        p12 = _FAST["CreateWorkflowDTO"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("CreateWorkflowDTO", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "workflowOverrides" in data:
        v = data["workflowOverrides"]
        p13 = _FAST["WorkflowOverrides"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("WorkflowOverrides", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "phoneNumberId" in data:
        v = data["phoneNumberId"]
        p14 = v if type(v) is str else _S
        if p14 is _S:
            slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        p15 = _FAST["ImportTwilioPhoneNumberDTO"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("ImportTwilioPhoneNumberDTO", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if "customerId" in data:
        v = data["customerId"]
        p16 = v if type(v) is str else _S
        if p16 is _S:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p17 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p17) is dict:  # loaded in part: the generic loader finishes it
            p17 = _R("CreateCustomerDTO", p17)
        if p17 is _S or type(p17) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateOutboundCallDTO:
            return CreateOutboundCallDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateOutboundCallDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateOutboundCallDTO}
            return obj
    return {
        "assistantVersion": p0,
        "transport": p1,
        "customers": p2,
        "name": p3,
        "schedulePlan": p4,
        "assistantId": p5,
        "assistant": p6,
        "assistantOverrides": p7,
        "squadId": p8,
        "squad": p9,
        "squadOverrides": p10,
        "workflowId": p11,
        "workflow": p12,
        "workflowOverrides": p13,
        "phoneNumberId": p14,
        "phoneNumber": p15,
        "customerId": p16,
        "customer": p17,
    }


_KNOWN_CreateOutboundCallDTO = frozenset(
    (
        "assistantVersion",
        "transport",
        "customers",
        "name",
        "schedulePlan",
        "assistantId",
        "assistant",
        "assistantOverrides",
        "squadId",
        "squad",
        "squadOverrides",
        "workflowId",
        "workflow",
        "workflowOverrides",
        "phoneNumberId",
        "phoneNumber",
        "customerId",
        "customer",
    )
)


def _to_dict_CreateOutboundCallDTO(self: CreateOutboundCallDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.transport
    if v is not UNSET:
        out["transport"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customers
    if v is not UNSET:
        out["customers"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.schedule_plan
    if v is not UNSET:
        out["schedulePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
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
    v = self.squad_overrides
    if v is not UNSET:
        out["squadOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.workflow_id
    if v is not UNSET:
        out["workflowId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.workflow
    if v is not UNSET:
        out["workflow"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.workflow_overrides
    if v is not UNSET:
        out["workflowOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.phone_number_id
    if v is not UNSET:
        out["phoneNumberId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.phone_number
    if v is not UNSET:
        out["phoneNumber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.customer_id
    if v is not UNSET:
        out["customerId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.customer
    if v is not UNSET:
        out["customer"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateOutboundCallDTO._fast_load = _load_CreateOutboundCallDTO
setattr(CreateOutboundCallDTO, "to_dict", _to_dict_CreateOutboundCallDTO)  # noqa: B010 - replaces Model.to_dict

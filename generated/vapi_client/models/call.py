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
    from ..models.analysis import Analysis
    from ..models.analysis_cost import AnalysisCost
    from ..models.artifact import Artifact
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.bot_message import BotMessage
    from ..models.call_ended_reason import CallEndedReason, _CallEndedReasonValues
    from ..models.call_phone_call_provider import CallPhoneCallProvider, _CallPhoneCallProviderValues
    from ..models.call_phone_call_transport import CallPhoneCallTransport, _CallPhoneCallTransportValues
    from ..models.call_status import CallStatus, _CallStatusValues
    from ..models.call_type import CallType, _CallTypeValues
    from ..models.compliance import Compliance
    from ..models.cost_breakdown import CostBreakdown
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.create_workflow_dto import CreateWorkflowDTO
    from ..models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from ..models.knowledge_base_cost import KnowledgeBaseCost
    from ..models.model_cost import ModelCost
    from ..models.monitor import Monitor
    from ..models.schedule_plan import SchedulePlan
    from ..models.system_message import SystemMessage
    from ..models.telnyx_transport import TelnyxTransport
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.transcriber_cost import TranscriberCost
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.transport_cost import TransportCost
    from ..models.twilio_transport import TwilioTransport
    from ..models.unknown_variants import UnknownConversationMessage, UnknownCost, UnknownDestination, UnknownTransport
    from ..models.user_message import UserMessage
    from ..models.vapi_cost import VapiCost
    from ..models.vapi_sip_transport import VapiSipTransport
    from ..models.vapi_web_call_transport import VapiWebCallTransport
    from ..models.vapi_websocket_transport import VapiWebsocketTransport
    from ..models.voice_cost import VoiceCost
    from ..models.voicemail_detection_cost import VoicemailDetectionCost
    from ..models.vonage_transport import VonageTransport
    from ..models.workflow_overrides import WorkflowOverrides


__all__ = ["Call"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Call(Model):
    """Call

    Attributes:
        id: This is the unique identifier for the call.
        org_id: This is the unique identifier for the org that this call belongs to.
        created_at: This is the ISO 8601 date-time string of when the call was created.
        updated_at: This is the ISO 8601 date-time string of when the call was last updated.
        type_: This is the type of call.
        costs: These are the costs of individual components of the call in USD.
        messages:
        phone_call_provider: This is the provider of the call.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        phone_call_transport: This is the transport of the phone call.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        status: This is the status of the call.
        ended_reason: This is the explanation for how the call ended.
        ended_message: This is the message that adds more context to the ended reason. It can be used to provide potential
            error messages or warnings.
        destination: This is the destination where the call ended up being transferred to. If the call was not
            transferred, this will be empty.
        assistant_version: This is the assistant version to use for this call. Supported only with
            direct `assistantId`. Omit to follow the latest version.
        transport: This is the transport of the call.
        started_at: This is the ISO 8601 date-time string of when the call was started.
        ended_at: This is the ISO 8601 date-time string of when the call was ended.
        cost: This is the cost of the call in USD.
        cost_breakdown: This is the cost of the call in USD.
        artifact_plan: This is a copy of assistant artifact plan. This isn't actually stored on the call but rather just
            returned in POST /call/web to enable artifact creation client side.
        analysis: This is the analysis of the call. Configure in `assistant.analysisPlan`.
        monitor: This is to real-time monitor the call. Configure in `assistant.monitorPlan`.
        artifact: These are the artifacts created from the call. Configure in `assistant.artifactPlan`.
        compliance: This is the compliance of the call. Configure in `assistant.compliancePlan`.
        phone_call_provider_id: The ID of the call as provided by the phone number service. callSid in Twilio. conversationUuid in
            Vonage. callControlId in Telnyx.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        campaign_id: This is the campaign ID that the call belongs to.
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
        name: This is the name of the call. This is just for your own reference.
        schedule_plan: This is the schedule plan of the call.
    """

    _schema: ClassVar[str] = "Call"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("orgId", "org_id"),
        ("createdAt", "created_at"),
        ("updatedAt", "updated_at"),
        ("type", "type_"),
        ("costs", "costs"),
        ("messages", "messages"),
        ("phoneCallProvider", "phone_call_provider"),
        ("phoneCallTransport", "phone_call_transport"),
        ("status", "status"),
        ("endedReason", "ended_reason"),
        ("endedMessage", "ended_message"),
        ("destination", "destination"),
        ("assistantVersion", "assistant_version"),
        ("transport", "transport"),
        ("startedAt", "started_at"),
        ("endedAt", "ended_at"),
        ("cost", "cost"),
        ("costBreakdown", "cost_breakdown"),
        ("artifactPlan", "artifact_plan"),
        ("analysis", "analysis"),
        ("monitor", "monitor"),
        ("artifact", "artifact"),
        ("compliance", "compliance"),
        ("phoneCallProviderId", "phone_call_provider_id"),
        ("campaignId", "campaign_id"),
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
        ("name", "name"),
        ("schedulePlan", "schedule_plan"),
    )

    id: str
    org_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: CallType | _CallTypeValues | Unset = UNSET
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
    phone_call_provider: CallPhoneCallProvider | _CallPhoneCallProviderValues | Unset = UNSET
    phone_call_transport: CallPhoneCallTransport | _CallPhoneCallTransportValues | Unset = UNSET
    status: CallStatus | _CallStatusValues | Unset = UNSET
    ended_reason: CallEndedReason | _CallEndedReasonValues | Unset = UNSET
    ended_message: str | Unset = UNSET
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
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
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    cost: float | Unset = UNSET
    cost_breakdown: CostBreakdown | Unset = UNSET
    artifact_plan: ArtifactPlan | Unset = UNSET
    analysis: Analysis | Unset = UNSET
    monitor: Monitor | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    compliance: Compliance | Unset = UNSET
    phone_call_provider_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
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
    name: str | Unset = UNSET
    schedule_plan: SchedulePlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Cost = _h.alternatives("Cost")
_Call_items_8 = _h.Items(("union", "Cost"))
_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_Call_items_16 = _h.Items(("union", "ConversationMessage"))
_alternatives_Destination = _h.alternatives("Destination")
_alternatives_Transport = _h.alternatives("Transport")


def _load_Call(data: dict[str, Any], strict: bool) -> Call | dict[str, Any]:
    """Call from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p20: Any = unset
    p21: Any = unset
    p22: Any = unset
    p23: Any = unset
    p24: Any = unset
    p25: Any = unset
    p26: Any = unset
    p27: Any = unset
    p28: Any = unset
    p29: Any = unset
    p30: Any = unset
    p31: Any = unset
    p32: Any = unset
    p33: Any = unset
    p34: Any = unset
    p35: Any = unset
    p36: Any = unset
    p37: Any = unset
    p38: Any = unset
    p39: Any = unset
    p40: Any = unset
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
    if "type" in data:
        v = data["type"]
        p4 = _MEMBERS["CallType"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and True:
            p4 = _h.open_member("CallType", v)
        if p4 is _S:
            slow = True
    if "costs" in data:
        v = data["costs"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_Cost[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p5 = _R(_Call_items_8, out3) if resume5 else out3
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
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
            p6 = _R(_Call_items_16, out11) if resume13 else out11
        else:
            p6 = _S
        if p6 is _S or type(p6) is _R:
            slow = True
    if "phoneCallProvider" in data:
        v = data["phoneCallProvider"]
        p7 = _MEMBERS["CallPhoneCallProvider"].get(v, _S) if type(v) is str else _S
        if p7 is _S and type(v) is str and True:
            p7 = _h.open_member("CallPhoneCallProvider", v)
        if p7 is _S:
            slow = True
    if "phoneCallTransport" in data:
        v = data["phoneCallTransport"]
        p8 = _MEMBERS["CallPhoneCallTransport"].get(v, _S) if type(v) is str else _S
        if p8 is _S and type(v) is str and not strict:
            p8 = _h.open_member("CallPhoneCallTransport", v)
        if p8 is _S:
            slow = True
    if "status" in data:
        v = data["status"]
        p9 = _MEMBERS["CallStatus"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and True:
            p9 = _h.open_member("CallStatus", v)
        if p9 is _S:
            slow = True
    if "endedReason" in data:
        v = data["endedReason"]
        p10 = _MEMBERS["CallEndedReason"].get(v, _S) if type(v) is str else _S
        if p10 is _S and type(v) is str and True:
            p10 = _h.open_member("CallEndedReason", v)
        if p10 is _S:
            slow = True
    if "endedMessage" in data:
        v = data["endedMessage"]
        p11 = v if type(v) is str else _S
        if p11 is _S:
            slow = True
    if "destination" in data:
        v = data["destination"]
        tag17 = v.get("type") if type(v) is dict else None
        alternative18 = _alternatives_Destination[tag17] if type(tag17) is str else None
        if alternative18 is None:  # not an object, or a tag this spec does not know
            p12 = _S
        else:
            p12 = alternative18[1](v, strict)
            if type(p12) is dict:
                p12 = _R(alternative18[0], p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p13 = None
        else:
            p13 = v if type(v) is str else _S
        if p13 is _S:
            slow = True
    if "transport" in data:
        v = data["transport"]
        tag19 = v.get("provider") if type(v) is dict else None
        alternative20 = _alternatives_Transport[tag19] if type(tag19) is str else None
        if alternative20 is None:  # not an object, or a tag this spec does not know
            p14 = _S
        else:
            p14 = alternative20[1](v, strict)
            if type(p14) is dict:
                p14 = _R(alternative20[0], p14)
        if p14 is _S or type(p14) is _R:
            slow = True
    if "startedAt" in data:
        v = data["startedAt"]
        p15 = _h.datetime_or_slow(v)
        if p15 is _S:
            slow = True
    if "endedAt" in data:
        v = data["endedAt"]
        p16 = _h.datetime_or_slow(v)
        if p16 is _S:
            slow = True
    if "cost" in data:
        v = data["cost"]
        p17 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p17 is _S:
            slow = True
    if "costBreakdown" in data:
        v = data["costBreakdown"]
        p18 = _FAST["CostBreakdown"](v, strict) if type(v) is dict else _S
        if type(p18) is dict:  # loaded in part: the generic loader finishes it
            p18 = _R("CostBreakdown", p18)
        if p18 is _S or type(p18) is _R:
            slow = True
    if "artifactPlan" in data:
        v = data["artifactPlan"]
        p19 = _FAST["ArtifactPlan"](v, strict) if type(v) is dict else _S
        if type(p19) is dict:  # loaded in part: the generic loader finishes it
            p19 = _R("ArtifactPlan", p19)
        if p19 is _S or type(p19) is _R:
            slow = True
    if "analysis" in data:
        v = data["analysis"]
        p20 = _FAST["Analysis"](v, strict) if type(v) is dict else _S
        if type(p20) is dict:  # loaded in part: the generic loader finishes it
            p20 = _R("Analysis", p20)
        if p20 is _S or type(p20) is _R:
            slow = True
    if "monitor" in data:
        v = data["monitor"]
        p21 = _FAST["Monitor"](v, strict) if type(v) is dict else _S
        if type(p21) is dict:  # loaded in part: the generic loader finishes it
            p21 = _R("Monitor", p21)
        if p21 is _S or type(p21) is _R:
            slow = True
    if "artifact" in data:
        v = data["artifact"]
        p22 = _FAST["Artifact"](v, strict) if type(v) is dict else _S
        if type(p22) is dict:  # loaded in part: the generic loader finishes it
            p22 = _R("Artifact", p22)
        if p22 is _S or type(p22) is _R:
            slow = True
    if "compliance" in data:
        v = data["compliance"]
        p23 = _FAST["Compliance"](v, strict) if type(v) is dict else _S
        if type(p23) is dict:  # loaded in part: the generic loader finishes it
            p23 = _R("Compliance", p23)
        if p23 is _S or type(p23) is _R:
            slow = True
    if "phoneCallProviderId" in data:
        v = data["phoneCallProviderId"]
        p24 = v if type(v) is str else _S
        if p24 is _S:
            slow = True
    if "campaignId" in data:
        v = data["campaignId"]
        p25 = v if type(v) is str else _S
        if p25 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p26 = v if type(v) is str else _S
        if p26 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p27 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p27) is dict:  # loaded in part: the generic loader finishes it
            p27 = _R("CreateAssistantDTO", p27)
        if p27 is _S or type(p27) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p28 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p28) is dict:  # loaded in part: the generic loader finishes it
            p28 = _R("AssistantOverrides", p28)
        if p28 is _S or type(p28) is _R:
            slow = True
    if "squadId" in data:
        v = data["squadId"]
        p29 = v if type(v) is str else _S
        if p29 is _S:
            slow = True
    if "squad" in data:
        v = data["squad"]
        p30 = _FAST["CreateSquadDTO"](v, strict) if type(v) is dict else _S
        if type(p30) is dict:  # loaded in part: the generic loader finishes it
            p30 = _R("CreateSquadDTO", p30)
        if p30 is _S or type(p30) is _R:
            slow = True
    if "squadOverrides" in data:
        v = data["squadOverrides"]
        p31 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p31) is dict:  # loaded in part: the generic loader finishes it
            p31 = _R("AssistantOverrides", p31)
        if p31 is _S or type(p31) is _R:
            slow = True
    if "workflowId" in data:
        v = data["workflowId"]
        p32 = v if type(v) is str else _S
        if p32 is _S:
            slow = True
    if "workflow" in data:
        v = data["workflow"]
        p33 = _FAST["CreateWorkflowDTO"](v, strict) if type(v) is dict else _S
        if type(p33) is dict:  # loaded in part: the generic loader finishes it
            p33 = _R("CreateWorkflowDTO", p33)
        if p33 is _S or type(p33) is _R:
            slow = True
    if "workflowOverrides" in data:
        v = data["workflowOverrides"]
        p34 = _FAST["WorkflowOverrides"](v, strict) if type(v) is dict else _S
        if type(p34) is dict:  # loaded in part: the generic loader finishes it
            p34 = _R("WorkflowOverrides", p34)
        if p34 is _S or type(p34) is _R:
            slow = True
    if "phoneNumberId" in data:
        v = data["phoneNumberId"]
        p35 = v if type(v) is str else _S
        if p35 is _S:
            slow = True
    if "phoneNumber" in data:
        v = data["phoneNumber"]
        p36 = _FAST["ImportTwilioPhoneNumberDTO"](v, strict) if type(v) is dict else _S
        if type(p36) is dict:  # loaded in part: the generic loader finishes it
            p36 = _R("ImportTwilioPhoneNumberDTO", p36)
        if p36 is _S or type(p36) is _R:
            slow = True
    if "customerId" in data:
        v = data["customerId"]
        p37 = v if type(v) is str else _S
        if p37 is _S:
            slow = True
    if "customer" in data:
        v = data["customer"]
        p38 = _FAST["CreateCustomerDTO"](v, strict) if type(v) is dict else _S
        if type(p38) is dict:  # loaded in part: the generic loader finishes it
            p38 = _R("CreateCustomerDTO", p38)
        if p38 is _S or type(p38) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p39 = v if type(v) is str and len(v) <= 40 else _S
        if p39 is _S:
            slow = True
    if "schedulePlan" in data:
        v = data["schedulePlan"]
        p40 = _FAST["SchedulePlan"](v, strict) if type(v) is dict else _S
        if type(p40) is dict:  # loaded in part: the generic loader finishes it
            p40 = _R("SchedulePlan", p40)
        if p40 is _S or type(p40) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Call:
            return Call(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
                p27,
                p28,
                p29,
                p30,
                p31,
                p32,
                p33,
                p34,
                p35,
                p36,
                p37,
                p38,
                p39,
                p40,
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Call(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
                p27,
                p28,
                p29,
                p30,
                p31,
                p32,
                p33,
                p34,
                p35,
                p36,
                p37,
                p38,
                p39,
                p40,
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Call}
            return obj
    return {
        "id": p0,
        "orgId": p1,
        "createdAt": p2,
        "updatedAt": p3,
        "type": p4,
        "costs": p5,
        "messages": p6,
        "phoneCallProvider": p7,
        "phoneCallTransport": p8,
        "status": p9,
        "endedReason": p10,
        "endedMessage": p11,
        "destination": p12,
        "assistantVersion": p13,
        "transport": p14,
        "startedAt": p15,
        "endedAt": p16,
        "cost": p17,
        "costBreakdown": p18,
        "artifactPlan": p19,
        "analysis": p20,
        "monitor": p21,
        "artifact": p22,
        "compliance": p23,
        "phoneCallProviderId": p24,
        "campaignId": p25,
        "assistantId": p26,
        "assistant": p27,
        "assistantOverrides": p28,
        "squadId": p29,
        "squad": p30,
        "squadOverrides": p31,
        "workflowId": p32,
        "workflow": p33,
        "workflowOverrides": p34,
        "phoneNumberId": p35,
        "phoneNumber": p36,
        "customerId": p37,
        "customer": p38,
        "name": p39,
        "schedulePlan": p40,
    }


_KNOWN_Call = frozenset(
    (
        "id",
        "orgId",
        "createdAt",
        "updatedAt",
        "type",
        "costs",
        "messages",
        "phoneCallProvider",
        "phoneCallTransport",
        "status",
        "endedReason",
        "endedMessage",
        "destination",
        "assistantVersion",
        "transport",
        "startedAt",
        "endedAt",
        "cost",
        "costBreakdown",
        "artifactPlan",
        "analysis",
        "monitor",
        "artifact",
        "compliance",
        "phoneCallProviderId",
        "campaignId",
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
        "name",
        "schedulePlan",
    )
)


def _to_dict_Call(self: Call) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.costs
    if v is not UNSET:
        out["costs"] = (
            [i21.to_dict() if hasattr(i21, "to_dict") else _h.fresh(i21) for i21 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i22.to_dict() if hasattr(i22, "to_dict") else _h.fresh(i22) for i22 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.phone_call_provider
    if v is not UNSET:
        out["phoneCallProvider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.phone_call_transport
    if v is not UNSET:
        out["phoneCallTransport"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.status
    if v is not UNSET:
        out["status"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.ended_reason
    if v is not UNSET:
        out["endedReason"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.ended_message
    if v is not UNSET:
        out["endedMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.transport
    if v is not UNSET:
        out["transport"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
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
    v = self.started_at
    if v is not UNSET:
        out["startedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.ended_at
    if v is not UNSET:
        out["endedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost_breakdown
    if v is not UNSET:
        out["costBreakdown"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.artifact_plan
    if v is not UNSET:
        out["artifactPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.analysis
    if v is not UNSET:
        out["analysis"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.monitor
    if v is not UNSET:
        out["monitor"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.artifact
    if v is not UNSET:
        out["artifact"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.compliance
    if v is not UNSET:
        out["compliance"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.phone_call_provider_id
    if v is not UNSET:
        out["phoneCallProviderId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.campaign_id
    if v is not UNSET:
        out["campaignId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.schedule_plan
    if v is not UNSET:
        out["schedulePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Call._fast_load = _load_Call
setattr(Call, "to_dict", _to_dict_Call)  # noqa: B010 - replaces Model.to_dict

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis
    from ..models.analysis_cost import AnalysisCost
    from ..models.artifact import Artifact
    from ..models.artifact_plan import ArtifactPlan
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.bot_message import BotMessage
    from ..models.call_ended_reason import CallEndedReason
    from ..models.call_phone_call_provider import CallPhoneCallProvider
    from ..models.call_phone_call_transport import CallPhoneCallTransport
    from ..models.call_status import CallStatus
    from ..models.call_type import CallType
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


@_attrs_define(repr=False)
class Call(Model):
    """Call

    Attributes:
        id: This is the unique identifier for the call.
        org_id: This is the unique identifier for the org that this call belongs to.
        created_at: This is the ISO 8601 date-time string of when the call was created.
        updated_at: This is the ISO 8601 date-time string of when the call was last updated.
        type_:
        costs: These are the costs of individual components of the call in USD.
        messages:
        phone_call_provider:
        phone_call_transport:
        status:
        ended_reason:
        ended_message: This is the message that adds more context to the ended reason. It can be used to provide potential
            error messages or warnings.
        destination:
        assistant_version: This is the assistant version to use for this call. Supported only with
            direct `assistantId`. Omit to follow the latest version.
        transport:
        started_at: This is the ISO 8601 date-time string of when the call was started.
        ended_at: This is the ISO 8601 date-time string of when the call was ended.
        cost: This is the cost of the call in USD.
        cost_breakdown:
        artifact_plan:
        analysis:
        monitor:
        artifact:
        compliance:
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
        assistant:
        assistant_overrides:
        squad_id: This is the squad that will be used for the call. To use a transient squad, use `squad` instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        squad:
        squad_overrides:
        workflow_id: This is the workflow that will be used for the call. To use a transient workflow, use `workflow`
            instead.

            To start a call with:
            - Assistant, use `assistant` or `assistantId`
            - Squad, use `squad` or `squadId`
            - Workflow, use `workflow` or `workflowId`
        workflow:
        workflow_overrides:
        phone_number_id: This is the phone number that will be used for the call. To use a transient number, use
            `phoneNumber` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        phone_number:
        customer_id: This is the customer that will be called. To call a transient customer , use `customer` instead.

            Only relevant for `outboundPhoneCall` and `inboundPhoneCall` type.
        customer:
        name: This is the name of the call. This is just for your own reference.
        schedule_plan:
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
    type_: CallType | Unset = UNSET
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
    phone_call_provider: CallPhoneCallProvider | Unset = UNSET
    phone_call_transport: CallPhoneCallTransport | Unset = UNSET
    status: CallStatus | Unset = UNSET
    ended_reason: CallEndedReason | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


@_attrs_define(repr=False)
class CreateOutboundCallDTO(Model):
    """CreateOutboundCallDTO

    Attributes:
        assistant_version: This is the assistant version to use for this call. Supported only with
            direct `assistantId`. Omit to follow the latest version.
        transport:
        customers: This is used to issue batch calls to multiple customers.

            Only relevant for `outboundPhoneCall`. To call a single customer, use `customer` instead.
        name: This is the name of the call. This is just for your own reference.
        schedule_plan:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

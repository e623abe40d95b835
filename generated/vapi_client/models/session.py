from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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
    from ..models.session_status import SessionStatus
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.unknown_variants import UnknownChatInput, UnknownSessionCosts
    from ..models.user_message import UserMessage


__all__ = ["Session"]


@_attrs_define(repr=False)
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
        status:
        expiration_seconds: Session expiration time in seconds. Defaults to 24 hours (86400 seconds) if not set.
        assistant_id: This is the ID of the assistant associated with this session. Use this when referencing an existing
            assistant.
        assistant:
        assistant_overrides:
        squad_id: This is the squad ID associated with this session. Use this when referencing an existing squad.
        squad:
        messages: This is an array of chat messages in the session.
        customer:
        customer_id: This is the customerId of the customer associated with this session.
        phone_number_id: This is the ID of the phone number associated with this session.
        phone_number:
        artifact:
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
    status: SessionStatus | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

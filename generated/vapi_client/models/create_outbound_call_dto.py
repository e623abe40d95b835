from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from ..models.override_assistant_dto import OverrideAssistantDTO


__all__ = ["CreateOutboundCallDTO"]


@_attrs_define(repr=False)
class CreateOutboundCallDTO(Model):
    """Request body for placing an outbound phone call to a customer.

    Attributes:
        customer_id: ID of a saved customer to call.
        customer: The person being called: phone number, name and optional extension.
        phone_number_id: ID of the saved phone number to place the call from.
        phone_number: A Twilio phone number and its credentials, used to place or receive calls.
        metadata: Arbitrary key-value data stored with the call for your own use.
        assistant_id: ID of a saved assistant to run the call with.
        assistant: Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.
        assistant_overrides: Assistant settings that replace the chosen assistant's values for a single call.
        squad_id: ID of a saved squad of assistants to run the call with.
        squad: A group of assistants that can hand a call over to one another.
    """

    _schema: ClassVar[str] = "CreateOutboundCallDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customerId", "customer_id"),
        ("customer", "customer"),
        ("phoneNumberId", "phone_number_id"),
        ("phoneNumber", "phone_number"),
        ("metadata", "metadata"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
    )

    customer_id: str | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    phone_number: ImportTwilioPhoneNumberDTO | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: OverrideAssistantDTO | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis
    from ..models.call_ended_reason import CallEndedReason
    from ..models.call_phone_call_provider import CallPhoneCallProvider
    from ..models.call_phone_call_transport import CallPhoneCallTransport
    from ..models.call_status import CallStatus
    from ..models.call_type import CallType
    from ..models.cost_breakdown import CostBreakdown
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_squad_dto import CreateSquadDTO
    from ..models.import_twilio_phone_number_dto import ImportTwilioPhoneNumberDTO
    from ..models.override_assistant_dto import OverrideAssistantDTO
    from ..models.phone_call_twilio_details import PhoneCallTwilioDetails


__all__ = ["Call"]


@_attrs_define(repr=False)
class Call(Model):
    """A phone or web call handled by a Vapi assistant, with its status, costs and results.

    Attributes:
        id: Unique identifier of the call.
        org_id: ID of the organisation that owns the call.
        created_at: Time the call record was created, as an ISO 8601 timestamp.
        updated_at: Time the call record was last updated, as an ISO 8601 timestamp.
        type_: Known values of Call.type.
        phone_call_provider: Known values of Call.phoneCallProvider.
        phone_call_transport: Known values of Call.phoneCallTransport.
        status: Known values of Call.status.
        ended_reason: Known values of Call.endedReason.
        started_at: Time the call started, as an ISO 8601 timestamp.
        ended_at: Time the call ended, as an ISO 8601 timestamp.
        cost: Total cost of the call in US dollars.
        cost_breakdown: Call cost split by component, in US dollars, with usage counts.
        transcript: Full text transcript of the conversation, available after the call ends.
        recording_url: URL of the mono audio recording of the call.
        stereo_recording_url: URL of the stereo recording with assistant and customer on separate channels.
        analysis: Results of the post-call analysis: summary, extracted data and success evaluation.
        messages: Conversation history of the call as a list of message objects.
        phone_call_provider_id: Call identifier assigned by the telephony provider, such as the Twilio call SID.
        phone_call_provider_bypass_enabled: When true, Vapi returns provider details instead of dialling, so you place the call yourself.
        phone_call_provider_details: Twilio call creation parameters, returned so you can place the call yourself.
        web_call_url: URL of the room to join for a web call.
        web_call_sip_uri: SIP URI that can be used to join the web call.
        forwarded_phone_number: Phone number the call was transferred to, if it was forwarded.
        assistant_id: ID of a saved assistant to run the call with.
        assistant: Full definition of a voice assistant: transcriber, language model, voice, behaviour and webhooks.
        assistant_overrides: Assistant settings that replace the chosen assistant's values for a single call.
        squad_id: ID of a saved squad of assistants to run the call with.
        squad: A group of assistants that can hand a call over to one another.
        customer_id: ID of the saved customer the call was placed to.
        customer: The person being called: phone number, name and optional extension.
        phone_number_id: ID of the saved phone number the call was made from.
        phone_number: A Twilio phone number and its credentials, used to place or receive calls.
        metadata: Arbitrary key-value data attached to the call for your own use.
    """

    _schema: ClassVar[str] = "Call"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("orgId", "org_id"),
        ("createdAt", "created_at"),
        ("updatedAt", "updated_at"),
        ("type", "type_"),
        ("phoneCallProvider", "phone_call_provider"),
        ("phoneCallTransport", "phone_call_transport"),
        ("status", "status"),
        ("endedReason", "ended_reason"),
        ("startedAt", "started_at"),
        ("endedAt", "ended_at"),
        ("cost", "cost"),
        ("costBreakdown", "cost_breakdown"),
        ("transcript", "transcript"),
        ("recordingUrl", "recording_url"),
        ("stereoRecordingUrl", "stereo_recording_url"),
        ("analysis", "analysis"),
        ("messages", "messages"),
        ("phoneCallProviderId", "phone_call_provider_id"),
        ("phoneCallProviderBypassEnabled", "phone_call_provider_bypass_enabled"),
        ("phoneCallProviderDetails", "phone_call_provider_details"),
        ("webCallUrl", "web_call_url"),
        ("webCallSipUri", "web_call_sip_uri"),
        ("forwardedPhoneNumber", "forwarded_phone_number"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadId", "squad_id"),
        ("squad", "squad"),
        ("customerId", "customer_id"),
        ("customer", "customer"),
        ("phoneNumberId", "phone_number_id"),
        ("phoneNumber", "phone_number"),
        ("metadata", "metadata"),
    )

    id: str
    org_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: CallType | Unset = UNSET
    phone_call_provider: CallPhoneCallProvider | Unset = UNSET
    phone_call_transport: CallPhoneCallTransport | Unset = UNSET
    status: CallStatus | Unset = UNSET
    ended_reason: CallEndedReason | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    cost: float | Unset = UNSET
    cost_breakdown: CostBreakdown | Unset = UNSET
    transcript: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    stereo_recording_url: str | Unset = UNSET
    analysis: Analysis | Unset = UNSET
    messages: list[dict[str, Any]] | Unset = UNSET
    phone_call_provider_id: str | Unset = UNSET
    phone_call_provider_bypass_enabled: bool | Unset = UNSET
    phone_call_provider_details: PhoneCallTwilioDetails | Unset = UNSET
    web_call_url: str | Unset = UNSET
    web_call_sip_uri: str | Unset = UNSET
    forwarded_phone_number: str | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: OverrideAssistantDTO | Unset = UNSET
    squad_id: str | Unset = UNSET
    squad: CreateSquadDTO | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    phone_number: ImportTwilioPhoneNumberDTO | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

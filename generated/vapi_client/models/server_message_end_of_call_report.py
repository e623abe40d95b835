from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis
    from ..models.analysis_cost import AnalysisCost
    from ..models.artifact import Artifact
    from ..models.call import Call
    from ..models.call_ended_reason import CallEndedReason
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


@_attrs_define(repr=False)
class ServerMessageEndOfCallReport(Model):
    """ServerMessageEndOfCallReport

    Attributes:
        type_: This is the type of the message. "end-of-call-report" is sent when the call ends and post-processing
            is complete.
        ended_reason:
        artifact:
        analysis:
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        cost: This is the cost of the call in USD. This can also be found at `call.cost` on GET /call/:id.
        costs: These are the costs of individual components of the call in USD. This can also be found at
            `call.costs` on GET /call/:id.
        destination:
        timestamp: This is the timestamp of the message.
        assistant:
        customer:
        call:
        chat:
        started_at: This is the ISO 8601 date-time string of when the call started. This can also be found at
            `call.startedAt` on GET /call/:id.
        ended_at: This is the ISO 8601 date-time string of when the call ended. This can also be found at
            `call.endedAt` on GET /call/:id.
        compliance:
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
    ended_reason: CallEndedReason
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

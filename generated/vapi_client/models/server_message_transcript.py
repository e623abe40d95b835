from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.message_target_role import MessageTargetRole
    from ..models.server_message_transcript_transcript_type import ServerMessageTranscriptTranscriptType
    from ..models.server_message_transcript_type import ServerMessageTranscriptType
    from ..models.unknown_variants import UnknownPhoneNumber


__all__ = ["ServerMessageTranscript"]


@_attrs_define(repr=False)
class ServerMessageTranscript(Model):
    """ServerMessageTranscript

    Attributes:
        type_:
        role:
        transcript_type:
        transcript: This is the transcript content.
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        timestamp: This is the timestamp of the message.
        artifact:
        assistant:
        customer:
        call:
        chat:
        assistant_id: The ID of the assistant that produced this transcript. Present on
            assistant-role events when an active assistant ID is available.
        assistant_name: The name of the assistant that produced this transcript. Present on
            assistant-role events when an active assistant name is available.
        is_filtered: Indicates if the transcript was filtered for security reasons.
        detected_threats: List of detected security threats if the transcript was filtered.
        original_transcript: The original transcript before filtering (only included if content was filtered).
    """

    _schema: ClassVar[str] = "ServerMessageTranscript"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("role", "role"),
        ("transcriptType", "transcript_type"),
        ("transcript", "transcript"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("assistantId", "assistant_id"),
        ("assistantName", "assistant_name"),
        ("isFiltered", "is_filtered"),
        ("detectedThreats", "detected_threats"),
        ("originalTranscript", "original_transcript"),
    )

    type_: ServerMessageTranscriptType
    role: MessageTargetRole
    transcript_type: ServerMessageTranscriptTranscriptType
    transcript: str
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
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    assistant_id: str | Unset = UNSET
    assistant_name: str | Unset = UNSET
    is_filtered: bool | Unset = UNSET
    detected_threats: list[str] | Unset = UNSET
    original_transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.assistant_speech_word_alignment_timing import AssistantSpeechWordAlignmentTiming
    from ..models.assistant_speech_word_progress_timing import AssistantSpeechWordProgressTiming
    from ..models.call import Call
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.server_message_assistant_speech_source import ServerMessageAssistantSpeechSource
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownTiming


__all__ = ["ServerMessageAssistantSpeech"]


@_attrs_define(repr=False)
class ServerMessageAssistantSpeech(Model):
    """ServerMessageAssistantSpeech

    Attributes:
        type_: This is the type of the message. "assistant-speech" is sent as assistant audio is being played.
        text: The full assistant text for the current turn. This is the complete text,
            not an incremental delta — consumers should use `timing` metadata (e.g.
            `wordsSpoken`) to determine which portion has been spoken so far.
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        turn: This is the turn number of the assistant speech event (0-indexed).
        source:
        timing:
        timestamp: This is the timestamp of the message.
        artifact:
        assistant:
        customer:
        call:
        chat:
    """

    _schema: ClassVar[str] = "ServerMessageAssistantSpeech"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("text", "text"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("turn", "turn"),
        ("source", "source"),
        ("timing", "timing"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["assistant.speechStarted"]
    text: str
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
    turn: float | Unset = UNSET
    source: ServerMessageAssistantSpeechSource | Unset = UNSET
    timing: AssistantSpeechWordAlignmentTiming | AssistantSpeechWordProgressTiming | UnknownTiming | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

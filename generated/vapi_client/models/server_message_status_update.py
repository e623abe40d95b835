from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.bot_message import BotMessage
    from ..models.call import Call
    from ..models.call_ended_reason import CallEndedReason
    from ..models.call_status import CallStatus
    from ..models.chat import Chat
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.create_byo_phone_number_dto import CreateByoPhoneNumberDTO
    from ..models.create_customer_dto import CreateCustomerDTO
    from ..models.create_telnyx_phone_number_dto import CreateTelnyxPhoneNumberDTO
    from ..models.create_twilio_phone_number_dto import CreateTwilioPhoneNumberDTO
    from ..models.create_vapi_phone_number_dto import CreateVapiPhoneNumberDTO
    from ..models.create_vonage_phone_number_dto import CreateVonagePhoneNumberDTO
    from ..models.open_ai_message import OpenAIMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownConversationMessage, UnknownDestination, UnknownPhoneNumber
    from ..models.user_message import UserMessage


__all__ = ["ServerMessageStatusUpdate"]


@_attrs_define(repr=False)
class ServerMessageStatusUpdate(Model):
    """ServerMessageStatusUpdate

    Attributes:
        type_: This is the type of the message. "status-update" is sent whenever the `call.status` changes.
        status:
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        ended_reason:
        messages: These are the conversation messages of the call. This is only sent if the status is "forwarding".
        messages_open_ai_formatted: These are the conversation messages of the call. This is only sent if the status is "forwarding".
        destination:
        timestamp: This is the timestamp of the message.
        artifact:
        assistant:
        customer:
        call:
        chat:
        transcript: This is the transcript of the call. This is only sent if the status is "forwarding".
        summary: This is the summary of the call. This is only sent if the status is "forwarding".
        inbound_phone_call_debugging_artifacts: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "ServerMessageStatusUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("status", "status"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("endedReason", "ended_reason"),
        ("messages", "messages"),
        ("messagesOpenAIFormatted", "messages_open_ai_formatted"),
        ("destination", "destination"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("transcript", "transcript"),
        ("summary", "summary"),
        ("inboundPhoneCallDebuggingArtifacts", "inbound_phone_call_debugging_artifacts"),
    )

    type_: Literal["status-update"]
    status: CallStatus
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
    ended_reason: CallEndedReason | Unset = UNSET
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
    messages_open_ai_formatted: list[OpenAIMessage] | Unset = UNSET
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    transcript: str | Unset = UNSET
    summary: str | Unset = UNSET
    inbound_phone_call_debugging_artifacts: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

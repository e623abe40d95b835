from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.unknown_variants import UnknownPhoneNumber


__all__ = ["ServerMessageVoiceRequest"]


@_attrs_define(repr=False)
class ServerMessageVoiceRequest(Model):
    """ServerMessageVoiceRequest

    Attributes:
        type_: This is the type of the message. "voice-request" is sent when using `assistant.voice={ "type":
            "custom-voice" }`.

            Here is what the request will look like:

            POST https://{assistant.voice.server.url}
            Content-Type: application/json

            {
              "messsage": {
                "type": "voice-request",
                "text": "Hello, world!",
                "sampleRate": 24000,
                ...other metadata about the call...
              }
            }

            The expected response is 1-channel 16-bit raw PCM audio at the sample rate specified in the request.
            Here is how the response will be piped to the transport:
            ```
            response.on('data', (chunk: Buffer) => {
              outputStream.write(chunk);
            });
            ```
        text: This is the text to be synthesized.
        sample_rate: This is the sample rate to be synthesized.
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
    """

    _schema: ClassVar[str] = "ServerMessageVoiceRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("text", "text"),
        ("sampleRate", "sample_rate"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
    )

    type_: Literal["voice-request"]
    text: str
    sample_rate: float
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

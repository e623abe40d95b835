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
    from ..models.transfer_destination_assistant import TransferDestinationAssistant
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownPhoneNumber, UnknownTransferDestination


__all__ = ["ServerMessageTransferUpdate"]


@_attrs_define(repr=False)
class ServerMessageTransferUpdate(Model):
    """ServerMessageTransferUpdate

    Attributes:
        type_: This is the type of the message. "transfer-update" is sent whenever a transfer happens.
        phone_number:
        assistant_version: This is the version label (e.g. `v3`) of the assistant the call was
            configured with. `null` for inline assistants, squad/workflow calls,
            pre-resolution assistant-request messages, and orgs not on
            assistant versioning.
        destination:
        timestamp: This is the timestamp of the message.
        artifact:
        assistant:
        customer:
        call:
        chat:
        to_assistant:
        from_assistant:
        to_step_record: Any JSON object: free-form data the API stores and returns as given.
        from_step_record: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "ServerMessageTransferUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("phoneNumber", "phone_number"),
        ("assistantVersion", "assistant_version"),
        ("destination", "destination"),
        ("timestamp", "timestamp"),
        ("artifact", "artifact"),
        ("assistant", "assistant"),
        ("customer", "customer"),
        ("call", "call"),
        ("chat", "chat"),
        ("toAssistant", "to_assistant"),
        ("fromAssistant", "from_assistant"),
        ("toStepRecord", "to_step_record"),
        ("fromStepRecord", "from_step_record"),
    )

    type_: Literal["transfer-update"]
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
    destination: (
        TransferDestinationAssistant
        | TransferDestinationNumber
        | TransferDestinationSip
        | UnknownTransferDestination
        | Unset
    ) = UNSET
    timestamp: float | Unset = UNSET
    artifact: Artifact | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    customer: CreateCustomerDTO | Unset = UNSET
    call: Call | Unset = UNSET
    chat: Chat | Unset = UNSET
    to_assistant: CreateAssistantDTO | Unset = UNSET
    from_assistant: CreateAssistantDTO | Unset = UNSET
    to_step_record: dict[str, Any] | Unset = UNSET
    from_step_record: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_hook_call_ending import PhoneNumberHookCallEnding
    from ..models.phone_number_hook_call_ringing import PhoneNumberHookCallRinging
    from ..models.server import Server
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination


__all__ = ["ImportTwilioPhoneNumberDTO"]


@_attrs_define(repr=False)
class ImportTwilioPhoneNumberDTO(Model):
    """ImportTwilioPhoneNumberDTO

    Attributes:
        twilio_phone_number: These are the digits of the phone number you own on your Twilio.
        twilio_account_sid: This is your Twilio Account SID that will be used to handle this phone number.
        fallback_destination:
        hooks: This is the hooks that will be used for incoming calls to this phone number.
        sms_enabled: Controls whether Vapi sets the messaging webhook URL on the Twilio number during import.

            If set to `false`, Vapi will not update the Twilio messaging URL, leaving it as is.
            If `true` or omitted (default), Vapi will configure both the voice and messaging URLs.

            @default true
        twilio_auth_token: This is the Twilio Auth Token that will be used to handle this phone number.
        twilio_api_key: This is the Twilio API Key that will be used to handle this phone number. If AuthToken is provided,
            this will be ignored.
        twilio_api_secret: This is the Twilio API Secret that will be used to handle this phone number. If AuthToken is
            provided, this will be ignored.
        name: This is the name of the phone number. This is just for your own reference.
        assistant_id: This is the assistant that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId` nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        workflow_id: This is the workflow that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId`, nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        squad_id: This is the squad that will be used for incoming calls to this phone number.

            If neither `assistantId`, `squadId`, nor `workflowId` is set, `assistant-request` will be sent to
            your Server URL. Check `ServerMessage` and `ServerMessageResponse` for the shape of the message and
            response that is expected.
        server:
    """

    _schema: ClassVar[str] = "ImportTwilioPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("twilioPhoneNumber", "twilio_phone_number"),
        ("twilioAccountSid", "twilio_account_sid"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("smsEnabled", "sms_enabled"),
        ("twilioAuthToken", "twilio_auth_token"),
        ("twilioApiKey", "twilio_api_key"),
        ("twilioApiSecret", "twilio_api_secret"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    twilio_phone_number: str
    twilio_account_sid: str
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    twilio_auth_token: str | Unset = UNSET
    twilio_api_key: str | Unset = UNSET
    twilio_api_secret: str | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

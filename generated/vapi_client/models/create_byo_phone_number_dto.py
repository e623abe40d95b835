from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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


__all__ = ["CreateByoPhoneNumberDTO"]


@_attrs_define(repr=False)
class CreateByoPhoneNumberDTO(Model):
    """CreateByoPhoneNumberDTO

    Attributes:
        provider: This is to bring your own phone numbers from your own SIP trunks or Carriers.
        credential_id: This is the credential of your own SIP trunk or Carrier (type `byo-sip-trunk`) which can be used to
            make calls to this phone number.

            You can add the SIP trunk or Carrier credential in the Provider Credentials page on the Dashboard to
            get the credentialId.
        fallback_destination:
        hooks: This is the hooks that will be used for incoming calls to this phone number.
        number_e164_check_enabled: This is the flag to toggle the E164 check for the `number` field. This is an advanced property which
            should be used if you know your use case requires it.

            Use cases:
            - `false`: To allow non-E164 numbers like `+001234567890`, `1234`, or `abc`. This is useful for
            dialing out to non-E164 numbers on your SIP trunks.
            - `true` (default): To allow only E164 numbers like `+14155551234`. This is standard for PSTN calls.

            If `false`, the `number` is still required to only contain alphanumeric characters (regex:
            `/^\\+?[a-zA-Z0-9]+$/`).

            @default true (E164 check is enabled)
        number: This is the number of the customer.
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

    _schema: ClassVar[str] = "CreateByoPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("credentialId", "credential_id"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("numberE164CheckEnabled", "number_e164_check_enabled"),
        ("number", "number"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    provider: Literal["byo-phone-number"]
    credential_id: str
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    number_e164_check_enabled: bool | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

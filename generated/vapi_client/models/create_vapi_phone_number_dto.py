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
    from ..models.sip_authentication import SipAuthentication
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination


__all__ = ["CreateVapiPhoneNumberDTO"]


@_attrs_define(repr=False)
class CreateVapiPhoneNumberDTO(Model):
    """CreateVapiPhoneNumberDTO

    Attributes:
        provider: This is to create free SIP phone numbers on Vapi.
        fallback_destination:
        hooks: This is the hooks that will be used for incoming calls to this phone number.
        number_desired_area_code: This is the area code of the phone number to purchase.
        sip_uri: This is the SIP URI of the phone number. You can SIP INVITE this. The assistant attached to this
            number will answer.

            This is case-insensitive.
        authentication:
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

    _schema: ClassVar[str] = "CreateVapiPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("numberDesiredAreaCode", "number_desired_area_code"),
        ("sipUri", "sip_uri"),
        ("authentication", "authentication"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    provider: Literal["vapi"]
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    number_desired_area_code: str | Unset = UNSET
    sip_uri: str | Unset = UNSET
    authentication: SipAuthentication | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

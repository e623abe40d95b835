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


__all__ = ["CreateVonagePhoneNumberDTO"]


@_attrs_define(repr=False)
class CreateVonagePhoneNumberDTO(Model):
    """CreateVonagePhoneNumberDTO

    Attributes:
        provider: This is to use numbers bought on Vonage.
        number: These are the digits of the phone number you own on your Vonage.
        credential_id: This is the credential you added in dashboard.vapi.ai/keys. This is used to configure the number to
            send inbound calls to Vapi, make outbound calls and do live call updates like transfers and hangups.
        fallback_destination:
        hooks: This is the hooks that will be used for incoming calls to this phone number.
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

    _schema: ClassVar[str] = "CreateVonagePhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("number", "number"),
        ("credentialId", "credential_id"),
        ("fallbackDestination", "fallback_destination"),
        ("hooks", "hooks"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("workflowId", "workflow_id"),
        ("squadId", "squad_id"),
        ("server", "server"),
    )

    provider: Literal["vonage"]
    number: str
    credential_id: str
    fallback_destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    hooks: list[PhoneNumberHookCallRinging | PhoneNumberHookCallEnding] | Unset = UNSET
    name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    squad_id: str | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_overrides import AssistantOverrides


__all__ = ["CreateCustomerDTO"]


@_attrs_define(repr=False)
class CreateCustomerDTO(Model):
    """CreateCustomerDTO

    Attributes:
        number_e164_check_enabled: This is the flag to toggle the E164 check for the `number` field. This is an advanced property which
            should be used if you know your use case requires it.

            Use cases:
            - `false`: To allow non-E164 numbers like `+001234567890`, `1234`, or `abc`. This is useful for
            dialing out to non-E164 numbers on your SIP trunks.
            - `true` (default): To allow only E164 numbers like `+14155551234`. This is standard for PSTN calls.

            If `false`, the `number` is still required to only contain alphanumeric characters (regex:
            `/^\\+?[a-zA-Z0-9]+$/`).

            @default true (E164 check is enabled)
        extension: This is the extension that will be dialed after the call is answered.
        assistant_overrides:
        squad_overrides:
        number: This is the number of the customer.
        sip_uri: This is the SIP URI of the customer.
        name: This is the name of the customer. This is just for your own reference.

            For SIP inbound calls, this is extracted from the `From` SIP header with format `"Display Name"
            <sip:username@domain>`.
        email: This is the email of the customer.
        external_id: This is the external ID of the customer.
    """

    _schema: ClassVar[str] = "CreateCustomerDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("numberE164CheckEnabled", "number_e164_check_enabled"),
        ("extension", "extension"),
        ("assistantOverrides", "assistant_overrides"),
        ("squadOverrides", "squad_overrides"),
        ("number", "number"),
        ("sipUri", "sip_uri"),
        ("name", "name"),
        ("email", "email"),
        ("externalId", "external_id"),
    )

    number_e164_check_enabled: bool | Unset = UNSET
    extension: str | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    squad_overrides: AssistantOverrides | Unset = UNSET
    number: str | Unset = UNSET
    sip_uri: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

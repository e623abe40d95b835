from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ImportTwilioPhoneNumberDTO"]


@_attrs_define(repr=False)
class ImportTwilioPhoneNumberDTO(Model):
    """A Twilio phone number and its credentials, used to place or receive calls.

    Attributes:
        twilio_phone_number: The Twilio phone number in E.164 format.
        twilio_account_sid: SID of the Twilio account that owns the number.
        twilio_auth_token: Auth token of the Twilio account that owns the number.
        name: Human-readable label for the phone number.
        assistant_id: ID of the assistant that answers inbound calls to this number.
        server_url: URL that receives webhook messages for calls on this number.
        server_url_secret: Secret sent in the x-vapi-secret header so your server can verify webhook requests.
    """

    _schema: ClassVar[str] = "ImportTwilioPhoneNumberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("twilioPhoneNumber", "twilio_phone_number"),
        ("twilioAccountSid", "twilio_account_sid"),
        ("twilioAuthToken", "twilio_auth_token"),
        ("name", "name"),
        ("assistantId", "assistant_id"),
        ("serverUrl", "server_url"),
        ("serverUrlSecret", "server_url_secret"),
    )

    twilio_phone_number: str
    twilio_account_sid: str
    twilio_auth_token: str
    name: str | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    server_url: str | Unset = UNSET
    server_url_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

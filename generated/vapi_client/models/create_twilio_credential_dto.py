from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateTwilioCredentialDTO"]


@_attrs_define(repr=False)
class CreateTwilioCredentialDTO(Model):
    """CreateTwilioCredentialDTO

    Attributes:
        provider:
        account_sid:
        auth_token: This is not returned in the API.
        api_key: This is not returned in the API.
        api_secret: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateTwilioCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("accountSid", "account_sid"),
        ("authToken", "auth_token"),
        ("apiKey", "api_key"),
        ("apiSecret", "api_secret"),
        ("name", "name"),
    )

    provider: Literal["twilio"]
    account_sid: str
    auth_token: str | Unset = UNSET
    api_key: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

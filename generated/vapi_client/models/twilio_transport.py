from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TwilioTransport"]


@_attrs_define(repr=False)
class TwilioTransport(Model):
    """TwilioTransport

    Attributes:
        provider: Twilio transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        account_sid: This is the account SID of the Twilio account.
        call_sid: This is the call SID of the Twilio call.
        call_token: This is the call token of the Twilio call.
        forwarded_from: This is the phone number from which the call was forwarded.
            Undefined if the call was not forwarded.
    """

    _schema: ClassVar[str] = "TwilioTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("accountSid", "account_sid"),
        ("callSid", "call_sid"),
        ("callToken", "call_token"),
        ("forwardedFrom", "forwarded_from"),
    )

    provider: Literal["twilio"]
    conversation_type: Literal["voice"] | Unset = UNSET
    account_sid: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    call_token: str | Unset = UNSET
    forwarded_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

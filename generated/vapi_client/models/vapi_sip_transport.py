from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["VapiSipTransport"]


@_attrs_define(repr=False)
class VapiSipTransport(Model):
    """VapiSipTransport

    Attributes:
        provider: Vapi SIP transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        dial_timeout: This sets the timeout for outbound dial operations in seconds. This is the duration the call will
            ring before timing out.

            @default 60
        sbc_call_sid: This is the call SID of the Vapi SIP call.
        call_sid: This is the call ID of the Vapi SIP call.
    """

    _schema: ClassVar[str] = "VapiSipTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("dialTimeout", "dial_timeout"),
        ("sbcCallSid", "sbc_call_sid"),
        ("callSid", "call_sid"),
    )

    provider: Literal["vapi.sip"]
    conversation_type: Literal["voice"] | Unset = UNSET
    dial_timeout: float | Unset = UNSET
    sbc_call_sid: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

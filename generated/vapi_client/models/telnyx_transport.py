from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TelnyxTransport"]


@_attrs_define(repr=False)
class TelnyxTransport(Model):
    """TelnyxTransport

    Attributes:
        provider: Telnyx transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        call_control_id: This is the call control ID of the Telnyx call.
        call_leg_id: This is the call leg ID of the Telnyx call.
        call_session_id: This is the call session ID of the Telnyx call.
    """

    _schema: ClassVar[str] = "TelnyxTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("callControlId", "call_control_id"),
        ("callLegId", "call_leg_id"),
        ("callSessionId", "call_session_id"),
    )

    provider: Literal["telnyx"]
    conversation_type: Literal["voice"] | Unset = UNSET
    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["VonageTransport"]


@_attrs_define(repr=False)
class VonageTransport(Model):
    """VonageTransport

    Attributes:
        provider: Vonage transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        conversation_uuid: This is the conversation UUID of the Vonage call.
        call_uuid: This is the call ID of the Vonage call.
    """

    _schema: ClassVar[str] = "VonageTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("conversationUUID", "conversation_uuid"),
        ("callUUID", "call_uuid"),
    )

    provider: Literal["vonage"]
    conversation_type: Literal["voice"] | Unset = UNSET
    conversation_uuid: str | Unset = UNSET
    call_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

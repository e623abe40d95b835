from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["VapiWebCallTransport"]


@_attrs_define(repr=False)
class VapiWebCallTransport(Model):
    """VapiWebCallTransport

    Attributes:
        provider: Vapi web call transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        room_delete_on_user_leave_enabled: This determines whether the daily room will be deleted and all participants will be kicked once the
            user leaves the room.
            If set to `false`, the room will be kept alive even after the user leaves, allowing clients to
            reconnect to the same room.
            If set to `true`, the room will be deleted and reconnection will not be allowed.

            Defaults to `true`.
        call_url: This is the URL of the web call.
        call_sip_uri: This is the SIP URI of the web call.
    """

    _schema: ClassVar[str] = "VapiWebCallTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("roomDeleteOnUserLeaveEnabled", "room_delete_on_user_leave_enabled"),
        ("callUrl", "call_url"),
        ("callSipUri", "call_sip_uri"),
    )

    provider: Literal["daily"]
    conversation_type: Literal["voice"] | Unset = UNSET
    room_delete_on_user_leave_enabled: bool | Unset = UNSET
    call_url: str | Unset = UNSET
    call_sip_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

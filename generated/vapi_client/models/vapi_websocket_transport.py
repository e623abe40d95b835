from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_format import AudioFormat


__all__ = ["VapiWebsocketTransport"]


@_attrs_define(repr=False)
class VapiWebsocketTransport(Model):
    """VapiWebsocketTransport

    Attributes:
        provider: Vapi websocket transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        audio_format:
    """

    _schema: ClassVar[str] = "VapiWebsocketTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("audioFormat", "audio_format"),
    )

    provider: Literal["vapi.websocket"]
    conversation_type: Literal["voice"] | Unset = UNSET
    audio_format: AudioFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.server import Server


__all__ = ["FallbackCustomVoice"]


@_attrs_define(repr=False)
class FallbackCustomVoice(Model):
    """FallbackCustomVoice

    Attributes:
        provider: This is the voice provider that will be used. Use `custom-voice` for providers that are not natively
            supported.
        server:
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        voice_id: This is the provider-specific ID that will be used. This is passed in the voice request payload to
            identify the voice to use.
        chunk_plan:
    """

    _schema: ClassVar[str] = "FallbackCustomVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
        ("cachingEnabled", "caching_enabled"),
        ("voiceId", "voice_id"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["custom-voice"]
    server: Server
    caching_enabled: bool | Unset = UNSET
    voice_id: str | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

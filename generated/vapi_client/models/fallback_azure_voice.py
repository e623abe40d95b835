from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_voice_voice_id import AzureVoiceVoiceId
    from ..models.chunk_plan import ChunkPlan


__all__ = ["FallbackAzureVoice"]


@_attrs_define(repr=False)
class FallbackAzureVoice(Model):
    """FallbackAzureVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        speed: This is the speed multiplier that will be used.
        chunk_plan:
    """

    _schema: ClassVar[str] = "FallbackAzureVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["azure"]
    voice_id: AzureVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_voice_voice_id import AzureVoiceVoiceId
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan


__all__ = ["AzureVoice"]


@_attrs_define(repr=False)
class AzureVoice(Model):
    """AzureVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        chunk_plan:
        speed: This is the speed multiplier that will be used.
        fallback_plan:
    """

    _schema: ClassVar[str] = "AzureVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("speed", "speed"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["azure"]
    voice_id: AzureVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    speed: float | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.fallback_smallest_ai_voice_voice_id import FallbackSmallestAIVoiceVoiceId


__all__ = ["SmallestAIVoice"]


@_attrs_define(repr=False)
class SmallestAIVoice(Model):
    """SmallestAIVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: Smallest AI voice model to use. Defaults to 'lightning' when not specified.
        speed: This is the speed multiplier that will be used.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "SmallestAIVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["smallest-ai"]
    voice_id: FallbackSmallestAIVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    model: Literal["lightning"] | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_lmnt_voice_voice_id import FallbackLMNTVoiceVoiceId
    from ..models.fallback_plan import FallbackPlan


__all__ = ["LMNTVoice"]


@_attrs_define(repr=False)
class LMNTVoice(Model):
    """LMNTVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        speed: This is the speed multiplier that will be used.
        language: Two letter ISO 639-1 language code. Use "auto" for auto-detection.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "LMNTVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("speed", "speed"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["lmnt"]
    voice_id: FallbackLMNTVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    speed: float | Unset = UNSET
    language: CartesiaTranscriberLanguage | Literal["auto"] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.fallback_xai_voice_language import FallbackXaiVoiceLanguage
    from ..models.fallback_xai_voice_voice_id import FallbackXaiVoiceVoiceId


__all__ = ["XaiVoice"]


@_attrs_define(repr=False)
class XaiVoice(Model):
    """XaiVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id:
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        language:
        speed: Speed multiplier for xAI TTS synthesis.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "XaiVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("language", "language"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["xai"]
    voice_id: FallbackXaiVoiceVoiceId
    caching_enabled: bool | Unset = UNSET
    language: FallbackXaiVoiceLanguage | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.minimax_voice_language_boost import MinimaxVoiceLanguageBoost
    from ..models.minimax_voice_model import MinimaxVoiceModel
    from ..models.minimax_voice_region import MinimaxVoiceRegion
    from ..models.minimax_voice_subtitle_type import MinimaxVoiceSubtitleType


__all__ = ["MinimaxVoice"]


@_attrs_define(repr=False)
class MinimaxVoice(Model):
    """MinimaxVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used. Use a voice from MINIMAX_PREDEFINED_VOICES or a
            custom cloned voice ID.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        emotion: The emotion to use for the voice. If not provided, will use auto-detect mode.
            Options include: 'happy', 'sad', 'angry', 'fearful', 'surprised', 'disgusted', 'neutral'
        subtitle_type:
        pitch: Voice pitch adjustment. Range from -12 to 12 semitones.
            @default 0
        speed: Voice speed adjustment. Range from 0.5 to 2.0.
            @default 1.0
        volume: Voice volume adjustment. Range from 0.5 to 2.0.
            @default 1.0
        region:
        language_boost:
        text_normalization_enabled: Enable MiniMax text normalization to improve number reading and formatting.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "MinimaxVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("emotion", "emotion"),
        ("subtitleType", "subtitle_type"),
        ("pitch", "pitch"),
        ("speed", "speed"),
        ("volume", "volume"),
        ("region", "region"),
        ("languageBoost", "language_boost"),
        ("textNormalizationEnabled", "text_normalization_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["minimax"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: MinimaxVoiceModel | Unset = UNSET
    emotion: str | Unset = UNSET
    subtitle_type: MinimaxVoiceSubtitleType | Unset = UNSET
    pitch: float | Unset = UNSET
    speed: float | Unset = UNSET
    volume: float | Unset = UNSET
    region: MinimaxVoiceRegion | Unset = UNSET
    language_boost: MinimaxVoiceLanguageBoost | Unset = UNSET
    text_normalization_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

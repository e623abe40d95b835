from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.fallback_play_ht_voice_emotion import FallbackPlayHTVoiceEmotion
    from ..models.fallback_play_ht_voice_language import FallbackPlayHTVoiceLanguage
    from ..models.fallback_play_ht_voice_model import FallbackPlayHTVoiceModel
    from ..models.fallback_play_ht_voice_voice_id import FallbackPlayHTVoiceVoiceId


__all__ = ["PlayHTVoice"]


@_attrs_define(repr=False)
class PlayHTVoice(Model):
    """PlayHTVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        speed: This is the speed multiplier that will be used.
        temperature: A floating point number between 0, exclusive, and 2, inclusive. If equal to null or not provided,
            the model's default temperature will be used. The temperature parameter controls variance. Lower
            temperatures result in more predictable results, higher temperatures allow each run to vary more, so
            the voice may sound less like the baseline voice.
        emotion:
        voice_guidance: A number between 1 and 6. Use lower numbers to reduce how unique your chosen voice will be compared
            to other voices.
        style_guidance: A number between 1 and 30. Use lower numbers to to reduce how strong your chosen emotion will be.
            Higher numbers will create a very emotional performance.
        text_guidance: A number between 1 and 2. This number influences how closely the generated speech adheres to the
            input text. Use lower values to create more fluid speech, but with a higher chance of deviating from
            the input text. Higher numbers will make the generated speech more accurate to the input text,
            ensuring that the words spoken align closely with the provided text.
        model:
        language:
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "PlayHTVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("speed", "speed"),
        ("temperature", "temperature"),
        ("emotion", "emotion"),
        ("voiceGuidance", "voice_guidance"),
        ("styleGuidance", "style_guidance"),
        ("textGuidance", "text_guidance"),
        ("model", "model"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["playht"]
    voice_id: FallbackPlayHTVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    speed: float | Unset = UNSET
    temperature: float | Unset = UNSET
    emotion: FallbackPlayHTVoiceEmotion | Unset = UNSET
    voice_guidance: float | Unset = UNSET
    style_guidance: float | Unset = UNSET
    text_guidance: float | Unset = UNSET
    model: FallbackPlayHTVoiceModel | Unset = UNSET
    language: FallbackPlayHTVoiceLanguage | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

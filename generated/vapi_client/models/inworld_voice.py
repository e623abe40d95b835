from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_inworld_voice_language_code import FallbackInworldVoiceLanguageCode
    from ..models.fallback_inworld_voice_voice_id import FallbackInworldVoiceVoiceId
    from ..models.fallback_plan import FallbackPlan


__all__ = ["InworldVoice"]


@_attrs_define(repr=False)
class InworldVoice(Model):
    """InworldVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id:
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used.
        language_code:
        temperature: A floating point number between 0, exclusive, and 2, inclusive. If equal to null or not provided,
            the model's default temperature of 1.1 will be used. The temperature parameter controls variance.
            Higher values will make the output more random and can lead to more expressive results. Lower values
            will make it more deterministic.
            See https://docs.inworld.ai/docs/tts/capabilities/generating-audio#additional-configurations for
            more details.
        speaking_rate: A floating point number between 0.5, inclusive, and 1.5, inclusive. If equal to null or not
            provided, the model's default speaking speed of 1.0 will be used.
            Values above 0.8 are recommended for higher quality.
            See https://docs.inworld.ai/docs/tts/capabilities/generating-audio#additional-configurations for
            more details.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "InworldVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("languageCode", "language_code"),
        ("temperature", "temperature"),
        ("speakingRate", "speaking_rate"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["inworld"]
    voice_id: FallbackInworldVoiceVoiceId
    caching_enabled: bool | Unset = UNSET
    model: Literal["inworld-tts-1"] | Unset = UNSET
    language_code: FallbackInworldVoiceLanguageCode | Unset = UNSET
    temperature: float | Unset = UNSET
    speaking_rate: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

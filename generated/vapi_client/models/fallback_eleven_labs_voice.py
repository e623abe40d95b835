from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.eleven_labs_pronunciation_dictionary_locator import ElevenLabsPronunciationDictionaryLocator
    from ..models.eleven_labs_voice_model import ElevenLabsVoiceModel
    from ..models.eleven_labs_voice_voice_id import ElevenLabsVoiceVoiceId


__all__ = ["FallbackElevenLabsVoice"]


@_attrs_define(repr=False)
class FallbackElevenLabsVoice(Model):
    """FallbackElevenLabsVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used. Ensure the Voice is present in your 11Labs Voice
            Library.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        stability: Defines the stability for voice settings.
        similarity_boost: Defines the similarity boost for voice settings.
        style: Defines the style for voice settings.
        use_speaker_boost: Defines the use speaker boost for voice settings.
        speed: Defines the speed for voice settings.
        optimize_streaming_latency: Defines the optimize streaming latency for voice settings. Defaults to 3.
        enable_ssml_parsing: This enables the use of https://elevenlabs.io/docs/speech-synthesis/prompting#pronunciation.
            Defaults to false to save latency.

            @default false
        auto_mode: Defines the auto mode for voice settings. Defaults to false.
        model:
        language: This is the language (ISO 639-1) that is enforced for the model. Currently only Turbo v2.5 supports
            language enforcement. For other models, an error will be returned if language code is provided.
        pronunciation_dictionary_locators: This is the pronunciation dictionary locators to use.
        chunk_plan:
    """

    _schema: ClassVar[str] = "FallbackElevenLabsVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("stability", "stability"),
        ("similarityBoost", "similarity_boost"),
        ("style", "style"),
        ("useSpeakerBoost", "use_speaker_boost"),
        ("speed", "speed"),
        ("optimizeStreamingLatency", "optimize_streaming_latency"),
        ("enableSsmlParsing", "enable_ssml_parsing"),
        ("autoMode", "auto_mode"),
        ("model", "model"),
        ("language", "language"),
        ("pronunciationDictionaryLocators", "pronunciation_dictionary_locators"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["11labs"]
    voice_id: ElevenLabsVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    stability: float | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    style: float | Unset = UNSET
    use_speaker_boost: bool | Unset = UNSET
    speed: float | Unset = UNSET
    optimize_streaming_latency: float | Unset = UNSET
    enable_ssml_parsing: bool | Unset = UNSET
    auto_mode: bool | Unset = UNSET
    model: ElevenLabsVoiceModel | Unset = UNSET
    language: str | Unset = UNSET
    pronunciation_dictionary_locators: list[ElevenLabsPronunciationDictionaryLocator] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

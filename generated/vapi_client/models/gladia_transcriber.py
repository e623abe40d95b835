from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_gladia_transcriber_language import FallbackGladiaTranscriberLanguage
    from ..models.fallback_gladia_transcriber_language_behaviour import FallbackGladiaTranscriberLanguageBehaviour
    from ..models.fallback_gladia_transcriber_model import FallbackGladiaTranscriberModel
    from ..models.fallback_gladia_transcriber_region import FallbackGladiaTranscriberRegion
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.gladia_custom_vocabulary_config_dto import GladiaCustomVocabularyConfigDTO


__all__ = ["GladiaTranscriber"]


@_attrs_define(repr=False)
class GladiaTranscriber(Model):
    """GladiaTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model:
        language_behaviour:
        language:
        languages: Defines the languages to use for the transcription. Required when languageBehaviour is 'manual'.
        transcription_hint: Provides a custom vocabulary to the model to improve accuracy of transcribing context specific
            words, technical terms, names, etc. If empty, this argument is ignored.
            ⚠️ Warning ⚠️: Please be aware that the transcription_hint field has a character limit of 600. If
            you provide a transcription_hint longer than 600 characters, it will be automatically truncated to
            meet this limit.
        prosody: If prosody is true, you will get a transcription that can contain prosodies i.e. (laugh) (giggles)
            (malefic laugh) (toss) (music)… Default value is false.
        audio_enhancer: If true, audio will be pre-processed to improve accuracy but latency will increase. Default value is
            false.
        confidence_threshold: Transcripts below this confidence threshold will be discarded.

            @default 0.4
        endpointing: Endpointing time in seconds - time to wait before considering speech ended
        speech_threshold: Speech threshold - sensitivity configuration for speech detection (0.0 to 1.0)
        custom_vocabulary_enabled: Enable custom vocabulary for improved accuracy
        custom_vocabulary_config:
        region:
        receive_partial_transcripts: Enable partial transcripts for low-latency streaming transcription
        fallback_plan:
    """

    _schema: ClassVar[str] = "GladiaTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("languageBehaviour", "language_behaviour"),
        ("language", "language"),
        ("languages", "languages"),
        ("transcriptionHint", "transcription_hint"),
        ("prosody", "prosody"),
        ("audioEnhancer", "audio_enhancer"),
        ("confidenceThreshold", "confidence_threshold"),
        ("endpointing", "endpointing"),
        ("speechThreshold", "speech_threshold"),
        ("customVocabularyEnabled", "custom_vocabulary_enabled"),
        ("customVocabularyConfig", "custom_vocabulary_config"),
        ("region", "region"),
        ("receivePartialTranscripts", "receive_partial_transcripts"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["gladia"]
    model: FallbackGladiaTranscriberModel | Unset = UNSET
    language_behaviour: FallbackGladiaTranscriberLanguageBehaviour | Unset = UNSET
    language: FallbackGladiaTranscriberLanguage | Unset = UNSET
    languages: list[FallbackGladiaTranscriberLanguage] | Unset = UNSET
    transcription_hint: str | Unset = UNSET
    prosody: bool | Unset = UNSET
    audio_enhancer: bool | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    endpointing: float | Unset = UNSET
    speech_threshold: float | Unset = UNSET
    custom_vocabulary_enabled: bool | Unset = UNSET
    custom_vocabulary_config: GladiaCustomVocabularyConfigDTO | Unset = UNSET
    region: FallbackGladiaTranscriberRegion | Unset = UNSET
    receive_partial_transcripts: bool | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_speechmatics_transcriber_language import FallbackSpeechmaticsTranscriberLanguage
    from ..models.fallback_speechmatics_transcriber_numeral_style import FallbackSpeechmaticsTranscriberNumeralStyle
    from ..models.fallback_speechmatics_transcriber_operating_point import FallbackSpeechmaticsTranscriberOperatingPoint
    from ..models.fallback_speechmatics_transcriber_region import FallbackSpeechmaticsTranscriberRegion
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.speechmatics_custom_vocabulary_item import SpeechmaticsCustomVocabularyItem


__all__ = ["SpeechmaticsTranscriber"]


@_attrs_define(repr=False)
class SpeechmaticsTranscriber(Model):
    """SpeechmaticsTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        custom_vocabulary:
        model: This is the model that will be used for the transcription.
        language:
        operating_point:
        region:
        enable_diarization: This enables speaker diarization, which identifies and separates speakers in the transcription.
            Essential for multi-speaker conversations and conference calls.

            @default false
        max_delay: This sets the maximum delay in milliseconds for partial transcripts. Balances latency and accuracy.

            @default 3000
        numeral_style:
        end_of_turn_sensitivity: This is the sensitivity level for end-of-turn detection, which determines when a speaker has
            finished talking. Higher values are more sensitive.

            @default 0.5
        remove_disfluencies: This enables removal of disfluencies (um, uh) from the transcript to create cleaner, more
            professional output.

            This is only supported for the English language transcriber.

            @default false
        minimum_speech_duration: This is the minimum duration in seconds for speech segments. Shorter segments will be filtered out.
            Helps remove noise and improve accuracy.

            @default 0.0
        fallback_plan:
    """

    _schema: ClassVar[str] = "SpeechmaticsTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("customVocabulary", "custom_vocabulary"),
        ("model", "model"),
        ("language", "language"),
        ("operatingPoint", "operating_point"),
        ("region", "region"),
        ("enableDiarization", "enable_diarization"),
        ("maxDelay", "max_delay"),
        ("numeralStyle", "numeral_style"),
        ("endOfTurnSensitivity", "end_of_turn_sensitivity"),
        ("removeDisfluencies", "remove_disfluencies"),
        ("minimumSpeechDuration", "minimum_speech_duration"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["speechmatics"]
    custom_vocabulary: list[SpeechmaticsCustomVocabularyItem]
    model: Literal["default"] | Unset = UNSET
    language: FallbackSpeechmaticsTranscriberLanguage | Unset = UNSET
    operating_point: FallbackSpeechmaticsTranscriberOperatingPoint | Unset = UNSET
    region: FallbackSpeechmaticsTranscriberRegion | Unset = UNSET
    enable_diarization: bool | Unset = UNSET
    max_delay: float | Unset = UNSET
    numeral_style: FallbackSpeechmaticsTranscriberNumeralStyle | Unset = UNSET
    end_of_turn_sensitivity: float | Unset = UNSET
    remove_disfluencies: bool | Unset = UNSET
    minimum_speech_duration: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

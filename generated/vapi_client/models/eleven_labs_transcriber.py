from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.eleven_labs_transcriber_model import ElevenLabsTranscriberModel
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["ElevenLabsTranscriber"]


@_attrs_define(repr=False)
class ElevenLabsTranscriber(Model):
    """ElevenLabsTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model:
        language:
        silence_threshold_seconds: This is the number of seconds of silence before VAD commits (0.3-3.0).
        confidence_threshold: This is the VAD sensitivity (0.1-0.9, lower indicates more sensitive).
        min_speech_duration_ms: This is the minimum speech duration for VAD (50-2000ms).
        min_silence_duration_ms: This is the minimum silence duration for VAD (50-2000ms).
        fallback_plan:
    """

    _schema: ClassVar[str] = "ElevenLabsTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("silenceThresholdSeconds", "silence_threshold_seconds"),
        ("confidenceThreshold", "confidence_threshold"),
        ("minSpeechDurationMs", "min_speech_duration_ms"),
        ("minSilenceDurationMs", "min_silence_duration_ms"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["11labs"]
    model: ElevenLabsTranscriberModel | Unset = UNSET
    language: CartesiaTranscriberLanguage | Unset = UNSET
    silence_threshold_seconds: float | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    min_speech_duration_ms: float | Unset = UNSET
    min_silence_duration_ms: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

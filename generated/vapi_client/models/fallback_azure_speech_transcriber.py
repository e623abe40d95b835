from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_speech_transcriber_language import AzureSpeechTranscriberLanguage
    from ..models.azure_speech_transcriber_segmentation_strategy import AzureSpeechTranscriberSegmentationStrategy


__all__ = ["FallbackAzureSpeechTranscriber"]


@_attrs_define(repr=False)
class FallbackAzureSpeechTranscriber(Model):
    """FallbackAzureSpeechTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        language:
        segmentation_strategy:
        segmentation_silence_timeout_ms: Duration of detected silence after which the service finalizes a phrase. Configure to adjust
            sensitivity to pauses in speech.
        segmentation_maximum_time_ms: Maximum duration a segment can reach before being cut off when using time-based segmentation.
    """

    _schema: ClassVar[str] = "FallbackAzureSpeechTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("language", "language"),
        ("segmentationStrategy", "segmentation_strategy"),
        ("segmentationSilenceTimeoutMs", "segmentation_silence_timeout_ms"),
        ("segmentationMaximumTimeMs", "segmentation_maximum_time_ms"),
    )

    provider: Literal["azure"]
    language: AzureSpeechTranscriberLanguage | Unset = UNSET
    segmentation_strategy: AzureSpeechTranscriberSegmentationStrategy | Unset = UNSET
    segmentation_silence_timeout_ms: float | Unset = UNSET
    segmentation_maximum_time_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

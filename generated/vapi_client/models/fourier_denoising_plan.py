from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["FourierDenoisingPlan"]


@_attrs_define(repr=False)
class FourierDenoisingPlan(Model):
    """FourierDenoisingPlan

    Attributes:
        enabled: Whether Fourier denoising is enabled. Note that this is experimental and may not work as expected.
        media_detection_enabled: Whether automatic media detection is enabled. When enabled, the filter will automatically
            detect consistent background TV/music/radio and switch to more aggressive filtering settings.
            Only applies when enabled is true.
        static_threshold: Static threshold in dB used as fallback when no baseline is established.
        baseline_offset_db: How far below the rolling baseline to filter audio, in dB.
            Lower values (e.g., -10) are more aggressive, higher values (e.g., -20) are more conservative.
        window_size_ms: Rolling window size in milliseconds for calculating the audio baseline.
            Larger windows adapt more slowly but are more stable.
        baseline_percentile: Percentile to use for baseline calculation (1-99).
            Higher percentiles (e.g., 85) focus on louder speech, lower percentiles (e.g., 50) include quieter
            speech.
    """

    _schema: ClassVar[str] = "FourierDenoisingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("mediaDetectionEnabled", "media_detection_enabled"),
        ("staticThreshold", "static_threshold"),
        ("baselineOffsetDb", "baseline_offset_db"),
        ("windowSizeMs", "window_size_ms"),
        ("baselinePercentile", "baseline_percentile"),
    )

    enabled: bool | Unset = UNSET
    media_detection_enabled: bool | Unset = UNSET
    static_threshold: float | Unset = UNSET
    baseline_offset_db: float | Unset = UNSET
    window_size_ms: float | Unset = UNSET
    baseline_percentile: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

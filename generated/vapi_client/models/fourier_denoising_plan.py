# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["FourierDenoisingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FourierDenoisingPlan(data: dict[str, Any], strict: bool) -> FourierDenoisingPlan | dict[str, Any]:
    """FourierDenoisingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "mediaDetectionEnabled" in data:
        v = data["mediaDetectionEnabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if "staticThreshold" in data:
        v = data["staticThreshold"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= -80 and v <= 0 else _S
        if p2 is _S:
            slow = True
    if "baselineOffsetDb" in data:
        v = data["baselineOffsetDb"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= -30 and v <= -5 else _S
        if p3 is _S:
            slow = True
    if "windowSizeMs" in data:
        v = data["windowSizeMs"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1000 and v <= 30000 else _S
        if p4 is _S:
            slow = True
    if "baselinePercentile" in data:
        v = data["baselinePercentile"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 99 else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FourierDenoisingPlan:
            return FourierDenoisingPlan(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FourierDenoisingPlan(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FourierDenoisingPlan}
            return obj
    return {
        "enabled": p0,
        "mediaDetectionEnabled": p1,
        "staticThreshold": p2,
        "baselineOffsetDb": p3,
        "windowSizeMs": p4,
        "baselinePercentile": p5,
    }


_KNOWN_FourierDenoisingPlan = frozenset(
    ("enabled", "mediaDetectionEnabled", "staticThreshold", "baselineOffsetDb", "windowSizeMs", "baselinePercentile")
)


def _to_dict_FourierDenoisingPlan(self: FourierDenoisingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.media_detection_enabled
    if v is not UNSET:
        out["mediaDetectionEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.static_threshold
    if v is not UNSET:
        out["staticThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.baseline_offset_db
    if v is not UNSET:
        out["baselineOffsetDb"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.window_size_ms
    if v is not UNSET:
        out["windowSizeMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.baseline_percentile
    if v is not UNSET:
        out["baselinePercentile"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FourierDenoisingPlan._fast_load = _load_FourierDenoisingPlan
setattr(FourierDenoisingPlan, "to_dict", _to_dict_FourierDenoisingPlan)  # noqa: B010 - replaces Model.to_dict

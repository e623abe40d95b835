# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage, _CartesiaTranscriberLanguageValues
    from ..models.eleven_labs_transcriber_model import ElevenLabsTranscriberModel, _ElevenLabsTranscriberModelValues
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["ElevenLabsTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ElevenLabsTranscriber(Model):
    """ElevenLabsTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model: This is the model that will be used for the transcription.
        language: This is the language that will be used for the transcription.
        silence_threshold_seconds: This is the number of seconds of silence before VAD commits (0.3-3.0).
        confidence_threshold: This is the VAD sensitivity (0.1-0.9, lower indicates more sensitive).
        min_speech_duration_ms: This is the minimum speech duration for VAD (50-2000ms).
        min_silence_duration_ms: This is the minimum silence duration for VAD (50-2000ms).
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
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
    model: ElevenLabsTranscriberModel | _ElevenLabsTranscriberModelValues | Unset = UNSET
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues | Unset = UNSET
    silence_threshold_seconds: float | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    min_speech_duration_ms: float | Unset = UNSET
    min_silence_duration_ms: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ElevenLabsTranscriber(data: dict[str, Any], strict: bool) -> ElevenLabsTranscriber | dict[str, Any]:
    """ElevenLabsTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "11labs" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["ElevenLabsTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("ElevenLabsTranscriberModel", v)
        if p1 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["CartesiaTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CartesiaTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    if "silenceThresholdSeconds" in data:
        v = data["silenceThresholdSeconds"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.3 and v <= 3 else _S
        if p3 is _S:
            slow = True
    if "confidenceThreshold" in data:
        v = data["confidenceThreshold"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.1 and v <= 0.9 else _S
        if p4 is _S:
            slow = True
    if "minSpeechDurationMs" in data:
        v = data["minSpeechDurationMs"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 2000 else _S
        if p5 is _S:
            slow = True
    if "minSilenceDurationMs" in data:
        v = data["minSilenceDurationMs"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 2000 else _S
        if p6 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p7 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("FallbackTranscriberPlan", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ElevenLabsTranscriber:
            return ElevenLabsTranscriber(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ElevenLabsTranscriber(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ElevenLabsTranscriber}
            return obj
    return {
        "provider": p0,
        "model": p1,
        "language": p2,
        "silenceThresholdSeconds": p3,
        "confidenceThreshold": p4,
        "minSpeechDurationMs": p5,
        "minSilenceDurationMs": p6,
        "fallbackPlan": p7,
    }


_KNOWN_ElevenLabsTranscriber = frozenset(
    (
        "provider",
        "model",
        "language",
        "silenceThresholdSeconds",
        "confidenceThreshold",
        "minSpeechDurationMs",
        "minSilenceDurationMs",
        "fallbackPlan",
    )
)


def _to_dict_ElevenLabsTranscriber(self: ElevenLabsTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.silence_threshold_seconds
    if v is not UNSET:
        out["silenceThresholdSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.confidence_threshold
    if v is not UNSET:
        out["confidenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.min_speech_duration_ms
    if v is not UNSET:
        out["minSpeechDurationMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.min_silence_duration_ms
    if v is not UNSET:
        out["minSilenceDurationMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ElevenLabsTranscriber._fast_load = _load_ElevenLabsTranscriber
setattr(ElevenLabsTranscriber, "to_dict", _to_dict_ElevenLabsTranscriber)  # noqa: B010 - replaces Model.to_dict

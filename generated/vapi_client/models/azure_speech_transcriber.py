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
    from ..models.azure_speech_transcriber_language import (
        AzureSpeechTranscriberLanguage,
        _AzureSpeechTranscriberLanguageValues,
    )
    from ..models.azure_speech_transcriber_segmentation_strategy import (
        AzureSpeechTranscriberSegmentationStrategy,
        _AzureSpeechTranscriberSegmentationStrategyValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["AzureSpeechTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AzureSpeechTranscriber(Model):
    """AzureSpeechTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        language: This is the language that will be set for the transcription. The list of languages Azure supports
            can be found here: https://learn.microsoft.com/en-us/azure/ai-services/speech-service/language-
            support?tabs=stt
        segmentation_strategy: Controls how phrase boundaries are detected, enabling either simple time/silence heuristics or more
            advanced semantic segmentation.
        segmentation_silence_timeout_ms: Duration of detected silence after which the service finalizes a phrase. Configure to adjust
            sensitivity to pauses in speech.
        segmentation_maximum_time_ms: Maximum duration a segment can reach before being cut off when using time-based segmentation.
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
    """

    _schema: ClassVar[str] = "AzureSpeechTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("language", "language"),
        ("segmentationStrategy", "segmentation_strategy"),
        ("segmentationSilenceTimeoutMs", "segmentation_silence_timeout_ms"),
        ("segmentationMaximumTimeMs", "segmentation_maximum_time_ms"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["azure"]
    language: AzureSpeechTranscriberLanguage | _AzureSpeechTranscriberLanguageValues | Unset = UNSET
    segmentation_strategy: (
        AzureSpeechTranscriberSegmentationStrategy | _AzureSpeechTranscriberSegmentationStrategyValues | Unset
    ) = UNSET
    segmentation_silence_timeout_ms: float | Unset = UNSET
    segmentation_maximum_time_ms: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AzureSpeechTranscriber(data: dict[str, Any], strict: bool) -> AzureSpeechTranscriber | dict[str, Any]:
    """AzureSpeechTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "azure" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "language" in data:
        v = data["language"]
        p1 = _MEMBERS["AzureSpeechTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("AzureSpeechTranscriberLanguage", v)
        if p1 is _S:
            slow = True
    if "segmentationStrategy" in data:
        v = data["segmentationStrategy"]
        p2 = _MEMBERS["AzureSpeechTranscriberSegmentationStrategy"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and not strict:
            p2 = _h.open_member("AzureSpeechTranscriberSegmentationStrategy", v)
        if p2 is _S:
            slow = True
    if "segmentationSilenceTimeoutMs" in data:
        v = data["segmentationSilenceTimeoutMs"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 100 and v <= 5000 else _S
        if p3 is _S:
            slow = True
    if "segmentationMaximumTimeMs" in data:
        v = data["segmentationMaximumTimeMs"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 20000 and v <= 70000 else _S
        if p4 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p5 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("FallbackTranscriberPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AzureSpeechTranscriber:
            return AzureSpeechTranscriber(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AzureSpeechTranscriber(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AzureSpeechTranscriber}
            return obj
    return {
        "provider": p0,
        "language": p1,
        "segmentationStrategy": p2,
        "segmentationSilenceTimeoutMs": p3,
        "segmentationMaximumTimeMs": p4,
        "fallbackPlan": p5,
    }


_KNOWN_AzureSpeechTranscriber = frozenset(
    (
        "provider",
        "language",
        "segmentationStrategy",
        "segmentationSilenceTimeoutMs",
        "segmentationMaximumTimeMs",
        "fallbackPlan",
    )
)


def _to_dict_AzureSpeechTranscriber(self: AzureSpeechTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.segmentation_strategy
    if v is not UNSET:
        out["segmentationStrategy"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.segmentation_silence_timeout_ms
    if v is not UNSET:
        out["segmentationSilenceTimeoutMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.segmentation_maximum_time_ms
    if v is not UNSET:
        out["segmentationMaximumTimeMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AzureSpeechTranscriber._fast_load = _load_AzureSpeechTranscriber
setattr(AzureSpeechTranscriber, "to_dict", _to_dict_AzureSpeechTranscriber)  # noqa: B010 - replaces Model.to_dict

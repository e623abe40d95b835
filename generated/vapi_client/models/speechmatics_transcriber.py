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
    from ..models.fallback_speechmatics_transcriber_language import (
        FallbackSpeechmaticsTranscriberLanguage,
        _FallbackSpeechmaticsTranscriberLanguageValues,
    )
    from ..models.fallback_speechmatics_transcriber_numeral_style import (
        FallbackSpeechmaticsTranscriberNumeralStyle,
        _FallbackSpeechmaticsTranscriberNumeralStyleValues,
    )
    from ..models.fallback_speechmatics_transcriber_operating_point import (
        FallbackSpeechmaticsTranscriberOperatingPoint,
        _FallbackSpeechmaticsTranscriberOperatingPointValues,
    )
    from ..models.fallback_speechmatics_transcriber_region import (
        FallbackSpeechmaticsTranscriberRegion,
        _FallbackSpeechmaticsTranscriberRegionValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.speechmatics_custom_vocabulary_item import SpeechmaticsCustomVocabularyItem


__all__ = ["SpeechmaticsTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SpeechmaticsTranscriber(Model):
    """SpeechmaticsTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        custom_vocabulary:
        model: This is the model that will be used for the transcription.
        language:
        operating_point: This is the operating point for the transcription. Choose between `standard` for faster turnaround
            with strong accuracy or `enhanced` for highest accuracy when precision is critical.

            @default 'enhanced'
        region: This is the region for the Speechmatics API. Choose between EU (Europe) and US (United States)
            regions for lower latency and data sovereignty compliance.

            @default 'eu'
        enable_diarization: This enables speaker diarization, which identifies and separates speakers in the transcription.
            Essential for multi-speaker conversations and conference calls.

            @default false
        max_delay: This sets the maximum delay in milliseconds for partial transcripts. Balances latency and accuracy.

            @default 3000
        numeral_style: This controls how numbers, dates, currencies, and other entities are formatted in the transcription
            output.

            @default 'written'
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
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
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
    language: FallbackSpeechmaticsTranscriberLanguage | _FallbackSpeechmaticsTranscriberLanguageValues | Unset = UNSET
    operating_point: (
        FallbackSpeechmaticsTranscriberOperatingPoint | _FallbackSpeechmaticsTranscriberOperatingPointValues | Unset
    ) = UNSET
    region: FallbackSpeechmaticsTranscriberRegion | _FallbackSpeechmaticsTranscriberRegionValues | Unset = UNSET
    enable_diarization: bool | Unset = UNSET
    max_delay: float | Unset = UNSET
    numeral_style: (
        FallbackSpeechmaticsTranscriberNumeralStyle | _FallbackSpeechmaticsTranscriberNumeralStyleValues | Unset
    ) = UNSET
    end_of_turn_sensitivity: float | Unset = UNSET
    remove_disfluencies: bool | Unset = UNSET
    minimum_speech_duration: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_SpeechmaticsTranscriber_items_6 = _h.Items(("model", "SpeechmaticsCustomVocabularyItem"))


def _load_SpeechmaticsTranscriber(data: dict[str, Any], strict: bool) -> SpeechmaticsTranscriber | dict[str, Any]:
    """SpeechmaticsTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "speechmatics" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "customVocabulary" in data:
        v = data["customVocabulary"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["SpeechmaticsCustomVocabularyItem"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("SpeechmaticsCustomVocabularyItem", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_SpeechmaticsTranscriber_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p2 = v if type(v) is str and v == "default" else _S
        if p2 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p3 = _MEMBERS["FallbackSpeechmaticsTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("FallbackSpeechmaticsTranscriberLanguage", v)
        if p3 is _S:
            slow = True
    if "operatingPoint" in data:
        v = data["operatingPoint"]
        p4 = _MEMBERS["FallbackSpeechmaticsTranscriberOperatingPoint"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and not strict:
            p4 = _h.open_member("FallbackSpeechmaticsTranscriberOperatingPoint", v)
        if p4 is _S:
            slow = True
    if "region" in data:
        v = data["region"]
        p5 = _MEMBERS["FallbackSpeechmaticsTranscriberRegion"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and True:
            p5 = _h.open_member("FallbackSpeechmaticsTranscriberRegion", v)
        if p5 is _S:
            slow = True
    if "enableDiarization" in data:
        v = data["enableDiarization"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "maxDelay" in data:
        v = data["maxDelay"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 500 and v <= 10000 else _S
        if p7 is _S:
            slow = True
    if "numeralStyle" in data:
        v = data["numeralStyle"]
        p8 = _MEMBERS["FallbackSpeechmaticsTranscriberNumeralStyle"].get(v, _S) if type(v) is str else _S
        if p8 is _S and type(v) is str and not strict:
            p8 = _h.open_member("FallbackSpeechmaticsTranscriberNumeralStyle", v)
        if p8 is _S:
            slow = True
    if "endOfTurnSensitivity" in data:
        v = data["endOfTurnSensitivity"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p9 is _S:
            slow = True
    if "removeDisfluencies" in data:
        v = data["removeDisfluencies"]
        p10 = v if (v is True or v is False) else _S
        if p10 is _S:
            slow = True
    if "minimumSpeechDuration" in data:
        v = data["minimumSpeechDuration"]
        p11 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 5 else _S
        if p11 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p12 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("FallbackTranscriberPlan", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SpeechmaticsTranscriber:
            return SpeechmaticsTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SpeechmaticsTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SpeechmaticsTranscriber}
            return obj
    return {
        "provider": p0,
        "customVocabulary": p1,
        "model": p2,
        "language": p3,
        "operatingPoint": p4,
        "region": p5,
        "enableDiarization": p6,
        "maxDelay": p7,
        "numeralStyle": p8,
        "endOfTurnSensitivity": p9,
        "removeDisfluencies": p10,
        "minimumSpeechDuration": p11,
        "fallbackPlan": p12,
    }


_KNOWN_SpeechmaticsTranscriber = frozenset(
    (
        "provider",
        "customVocabulary",
        "model",
        "language",
        "operatingPoint",
        "region",
        "enableDiarization",
        "maxDelay",
        "numeralStyle",
        "endOfTurnSensitivity",
        "removeDisfluencies",
        "minimumSpeechDuration",
        "fallbackPlan",
    )
)


def _to_dict_SpeechmaticsTranscriber(self: SpeechmaticsTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.operating_point
    if v is not UNSET:
        out["operatingPoint"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.enable_diarization
    if v is not UNSET:
        out["enableDiarization"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_delay
    if v is not UNSET:
        out["maxDelay"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.custom_vocabulary
    if v is not UNSET:
        out["customVocabulary"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.numeral_style
    if v is not UNSET:
        out["numeralStyle"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.end_of_turn_sensitivity
    if v is not UNSET:
        out["endOfTurnSensitivity"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.remove_disfluencies
    if v is not UNSET:
        out["removeDisfluencies"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.minimum_speech_duration
    if v is not UNSET:
        out["minimumSpeechDuration"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SpeechmaticsTranscriber._fast_load = _load_SpeechmaticsTranscriber
setattr(SpeechmaticsTranscriber, "to_dict", _to_dict_SpeechmaticsTranscriber)  # noqa: B010 - replaces Model.to_dict

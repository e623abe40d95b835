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
    from ..models.fallback_gladia_transcriber_language import (
        FallbackGladiaTranscriberLanguage,
        _FallbackGladiaTranscriberLanguageValues,
    )
    from ..models.fallback_gladia_transcriber_language_behaviour import (
        FallbackGladiaTranscriberLanguageBehaviour,
        _FallbackGladiaTranscriberLanguageBehaviourValues,
    )
    from ..models.fallback_gladia_transcriber_model import (
        FallbackGladiaTranscriberModel,
        _FallbackGladiaTranscriberModelValues,
    )
    from ..models.fallback_gladia_transcriber_region import (
        FallbackGladiaTranscriberRegion,
        _FallbackGladiaTranscriberRegionValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.gladia_custom_vocabulary_config_dto import GladiaCustomVocabularyConfigDTO


__all__ = ["GladiaTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GladiaTranscriber(Model):
    """GladiaTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model: This is the Gladia model that will be used. Default is 'fast'
        language_behaviour: Defines how the transcription model detects the audio language. Default value is 'automatic single
            language'.
        language: Defines the language to use for the transcription. Required when languageBehaviour is 'manual'.
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
        custom_vocabulary_config: Custom vocabulary configuration
        region: Region for processing audio (us-west or eu-west)
        receive_partial_transcripts: Enable partial transcripts for low-latency streaming transcription
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
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
    model: FallbackGladiaTranscriberModel | _FallbackGladiaTranscriberModelValues | Unset = UNSET
    language_behaviour: (
        FallbackGladiaTranscriberLanguageBehaviour | _FallbackGladiaTranscriberLanguageBehaviourValues | Unset
    ) = UNSET
    language: FallbackGladiaTranscriberLanguage | _FallbackGladiaTranscriberLanguageValues | Unset = UNSET
    languages: list[FallbackGladiaTranscriberLanguage | _FallbackGladiaTranscriberLanguageValues] | Unset = UNSET
    transcription_hint: str | Unset = UNSET
    prosody: bool | Unset = UNSET
    audio_enhancer: bool | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    endpointing: float | Unset = UNSET
    speech_threshold: float | Unset = UNSET
    custom_vocabulary_enabled: bool | Unset = UNSET
    custom_vocabulary_config: GladiaCustomVocabularyConfigDTO | Unset = UNSET
    region: FallbackGladiaTranscriberRegion | _FallbackGladiaTranscriberRegionValues | Unset = UNSET
    receive_partial_transcripts: bool | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_GladiaTranscriber_items_6 = _h.Items(("enum", "FallbackGladiaTranscriberLanguage", False))


def _load_GladiaTranscriber(data: dict[str, Any], strict: bool) -> GladiaTranscriber | dict[str, Any]:
    """GladiaTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "gladia" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["FallbackGladiaTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackGladiaTranscriberModel", v)
        if p1 is _S:
            slow = True
    if "languageBehaviour" in data:
        v = data["languageBehaviour"]
        p2 = _MEMBERS["FallbackGladiaTranscriberLanguageBehaviour"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and not strict:
            p2 = _h.open_member("FallbackGladiaTranscriberLanguageBehaviour", v)
        if p2 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p3 = _MEMBERS["FallbackGladiaTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("FallbackGladiaTranscriberLanguage", v)
        if p3 is _S:
            slow = True
    if "languages" in data:
        v = data["languages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["FallbackGladiaTranscriberLanguage"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and True:
                    x2 = _h.open_member("FallbackGladiaTranscriberLanguage", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p4 = _R(_GladiaTranscriber_items_6, out3) if resume5 else out3
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if "transcriptionHint" in data:
        v = data["transcriptionHint"]
        p5 = v if type(v) is str and len(v) <= 600 else _S
        if p5 is _S:
            slow = True
    if "prosody" in data:
        v = data["prosody"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "audioEnhancer" in data:
        v = data["audioEnhancer"]
        p7 = v if (v is True or v is False) else _S
        if p7 is _S:
            slow = True
    if "confidenceThreshold" in data:
        v = data["confidenceThreshold"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p8 is _S:
            slow = True
    if "endpointing" in data:
        v = data["endpointing"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.01 and v <= 10 else _S
        if p9 is _S:
            slow = True
    if "speechThreshold" in data:
        v = data["speechThreshold"]
        p10 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p10 is _S:
            slow = True
    if "customVocabularyEnabled" in data:
        v = data["customVocabularyEnabled"]
        p11 = v if (v is True or v is False) else _S
        if p11 is _S:
            slow = True
    if "customVocabularyConfig" in data:
        v = data["customVocabularyConfig"]
        p12 = _FAST["GladiaCustomVocabularyConfigDTO"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("GladiaCustomVocabularyConfigDTO", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "region" in data:
        v = data["region"]
        p13 = _MEMBERS["FallbackGladiaTranscriberRegion"].get(v, _S) if type(v) is str else _S
        if p13 is _S and type(v) is str and True:
            p13 = _h.open_member("FallbackGladiaTranscriberRegion", v)
        if p13 is _S:
            slow = True
    if "receivePartialTranscripts" in data:
        v = data["receivePartialTranscripts"]
        p14 = v if (v is True or v is False) else _S
        if p14 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p15 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("FallbackTranscriberPlan", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GladiaTranscriber:
            return GladiaTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GladiaTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GladiaTranscriber}
            return obj
    return {
        "provider": p0,
        "model": p1,
        "languageBehaviour": p2,
        "language": p3,
        "languages": p4,
        "transcriptionHint": p5,
        "prosody": p6,
        "audioEnhancer": p7,
        "confidenceThreshold": p8,
        "endpointing": p9,
        "speechThreshold": p10,
        "customVocabularyEnabled": p11,
        "customVocabularyConfig": p12,
        "region": p13,
        "receivePartialTranscripts": p14,
        "fallbackPlan": p15,
    }


_KNOWN_GladiaTranscriber = frozenset(
    (
        "provider",
        "model",
        "languageBehaviour",
        "language",
        "languages",
        "transcriptionHint",
        "prosody",
        "audioEnhancer",
        "confidenceThreshold",
        "endpointing",
        "speechThreshold",
        "customVocabularyEnabled",
        "customVocabularyConfig",
        "region",
        "receivePartialTranscripts",
        "fallbackPlan",
    )
)


def _to_dict_GladiaTranscriber(self: GladiaTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language_behaviour
    if v is not UNSET:
        out["languageBehaviour"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.languages
    if v is not UNSET:
        out["languages"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.transcription_hint
    if v is not UNSET:
        out["transcriptionHint"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prosody
    if v is not UNSET:
        out["prosody"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.audio_enhancer
    if v is not UNSET:
        out["audioEnhancer"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.confidence_threshold
    if v is not UNSET:
        out["confidenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.endpointing
    if v is not UNSET:
        out["endpointing"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.speech_threshold
    if v is not UNSET:
        out["speechThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.custom_vocabulary_enabled
    if v is not UNSET:
        out["customVocabularyEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.custom_vocabulary_config
    if v is not UNSET:
        out["customVocabularyConfig"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.receive_partial_transcripts
    if v is not UNSET:
        out["receivePartialTranscripts"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GladiaTranscriber._fast_load = _load_GladiaTranscriber
setattr(GladiaTranscriber, "to_dict", _to_dict_GladiaTranscriber)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.chunk_plan import ChunkPlan
    from ..models.eleven_labs_pronunciation_dictionary_locator import ElevenLabsPronunciationDictionaryLocator
    from ..models.eleven_labs_voice_model import ElevenLabsVoiceModel, _ElevenLabsVoiceModelValues
    from ..models.eleven_labs_voice_voice_id import ElevenLabsVoiceVoiceId, _ElevenLabsVoiceVoiceIdValues


__all__ = ["FallbackElevenLabsVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackElevenLabsVoice(Model):
    """FallbackElevenLabsVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used. Ensure the Voice is present in your 11Labs Voice
            Library.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        stability: Defines the stability for voice settings.
        similarity_boost: Defines the similarity boost for voice settings.
        style: Defines the style for voice settings.
        use_speaker_boost: Defines the use speaker boost for voice settings.
        speed: Defines the speed for voice settings.
        optimize_streaming_latency: Defines the optimize streaming latency for voice settings. Defaults to 3.
        enable_ssml_parsing: This enables the use of https://elevenlabs.io/docs/speech-synthesis/prompting#pronunciation.
            Defaults to false to save latency.

            @default false
        auto_mode: Defines the auto mode for voice settings. Defaults to false.
        model: This is the model that will be used. Defaults to 'eleven_turbo_v2' if not specified.
        language: This is the language (ISO 639-1) that is enforced for the model. Currently only Turbo v2.5 supports
            language enforcement. For other models, an error will be returned if language code is provided.
        pronunciation_dictionary_locators: This is the pronunciation dictionary locators to use.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackElevenLabsVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("stability", "stability"),
        ("similarityBoost", "similarity_boost"),
        ("style", "style"),
        ("useSpeakerBoost", "use_speaker_boost"),
        ("speed", "speed"),
        ("optimizeStreamingLatency", "optimize_streaming_latency"),
        ("enableSsmlParsing", "enable_ssml_parsing"),
        ("autoMode", "auto_mode"),
        ("model", "model"),
        ("language", "language"),
        ("pronunciationDictionaryLocators", "pronunciation_dictionary_locators"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["11labs"]
    voice_id: ElevenLabsVoiceVoiceId | _ElevenLabsVoiceVoiceIdValues | str
    caching_enabled: bool | Unset = UNSET
    stability: float | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    style: float | Unset = UNSET
    use_speaker_boost: bool | Unset = UNSET
    speed: float | Unset = UNSET
    optimize_streaming_latency: float | Unset = UNSET
    enable_ssml_parsing: bool | Unset = UNSET
    auto_mode: bool | Unset = UNSET
    model: ElevenLabsVoiceModel | _ElevenLabsVoiceModelValues | Unset = UNSET
    language: str | Unset = UNSET
    pronunciation_dictionary_locators: list[ElevenLabsPronunciationDictionaryLocator] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_FallbackElevenLabsVoice_items_6 = _h.Items(("model", "ElevenLabsPronunciationDictionaryLocator"))


def _load_FallbackElevenLabsVoice(data: dict[str, Any], strict: bool) -> FallbackElevenLabsVoice | dict[str, Any]:
    """FallbackElevenLabsVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "11labs" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["ElevenLabsVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("ElevenLabsVoiceVoiceId", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "cachingEnabled" in data:
        v = data["cachingEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "stability" in data:
        v = data["stability"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p3 is _S:
            slow = True
    if "similarityBoost" in data:
        v = data["similarityBoost"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p4 is _S:
            slow = True
    if "style" in data:
        v = data["style"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p5 is _S:
            slow = True
    if "useSpeakerBoost" in data:
        v = data["useSpeakerBoost"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.7 and v <= 1.2 else _S
        if p7 is _S:
            slow = True
    if "optimizeStreamingLatency" in data:
        v = data["optimizeStreamingLatency"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 4 else _S
        if p8 is _S:
            slow = True
    if "enableSsmlParsing" in data:
        v = data["enableSsmlParsing"]
        p9 = v if (v is True or v is False) else _S
        if p9 is _S:
            slow = True
    if "autoMode" in data:
        v = data["autoMode"]
        p10 = v if (v is True or v is False) else _S
        if p10 is _S:
            slow = True
    if "model" in data:
        v = data["model"]
        p11 = _MEMBERS["ElevenLabsVoiceModel"].get(v, _S) if type(v) is str else _S
        if p11 is _S and type(v) is str and True:
            p11 = _h.open_member("ElevenLabsVoiceModel", v)
        if p11 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p12 = v if type(v) is str else _S
        if p12 is _S:
            slow = True
    if "pronunciationDictionaryLocators" in data:
        v = data["pronunciationDictionaryLocators"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["ElevenLabsPronunciationDictionaryLocator"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("ElevenLabsPronunciationDictionaryLocator", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p13 = _R(_FallbackElevenLabsVoice_items_6, out3) if resume5 else out3
        else:
            p13 = _S
        if p13 is _S or type(p13) is _R:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p14 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p14) is dict:  # loaded in part: the generic loader finishes it
            p14 = _R("ChunkPlan", p14)
        if p14 is _S or type(p14) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackElevenLabsVoice:
            return FallbackElevenLabsVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackElevenLabsVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackElevenLabsVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "stability": p3,
        "similarityBoost": p4,
        "style": p5,
        "useSpeakerBoost": p6,
        "speed": p7,
        "optimizeStreamingLatency": p8,
        "enableSsmlParsing": p9,
        "autoMode": p10,
        "model": p11,
        "language": p12,
        "pronunciationDictionaryLocators": p13,
        "chunkPlan": p14,
    }


_KNOWN_FallbackElevenLabsVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "stability",
        "similarityBoost",
        "style",
        "useSpeakerBoost",
        "speed",
        "optimizeStreamingLatency",
        "enableSsmlParsing",
        "autoMode",
        "model",
        "language",
        "pronunciationDictionaryLocators",
        "chunkPlan",
    )
)


def _to_dict_FallbackElevenLabsVoice(self: FallbackElevenLabsVoice) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.caching_enabled
    if v is not UNSET:
        out["cachingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice_id
    if v is not UNSET:
        out["voiceId"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.stability
    if v is not UNSET:
        out["stability"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.similarity_boost
    if v is not UNSET:
        out["similarityBoost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.style
    if v is not UNSET:
        out["style"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.use_speaker_boost
    if v is not UNSET:
        out["useSpeakerBoost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.optimize_streaming_latency
    if v is not UNSET:
        out["optimizeStreamingLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.enable_ssml_parsing
    if v is not UNSET:
        out["enableSsmlParsing"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.auto_mode
    if v is not UNSET:
        out["autoMode"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pronunciation_dictionary_locators
    if v is not UNSET:
        out["pronunciationDictionaryLocators"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackElevenLabsVoice._fast_load = _load_FallbackElevenLabsVoice
setattr(FallbackElevenLabsVoice, "to_dict", _to_dict_FallbackElevenLabsVoice)  # noqa: B010 - replaces Model.to_dict

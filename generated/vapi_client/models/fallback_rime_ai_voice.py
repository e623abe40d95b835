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
    from ..models.fallback_rime_ai_voice_language import FallbackRimeAIVoiceLanguage, _FallbackRimeAIVoiceLanguageValues
    from ..models.fallback_rime_ai_voice_model import FallbackRimeAIVoiceModel, _FallbackRimeAIVoiceModelValues
    from ..models.fallback_rime_ai_voice_voice_id import FallbackRimeAIVoiceVoiceId, _FallbackRimeAIVoiceVoiceIdValues


__all__ = ["FallbackRimeAIVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackRimeAIVoice(Model):
    """FallbackRimeAIVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used. Defaults to 'arcana' when not specified.
        speed: This is the speed multiplier that will be used.
        pause_between_brackets: This is a flag that controls whether to add slight pauses using angle brackets. Example: "Hi. <200>
            I'd love to have a conversation with you." adds a 200ms pause between the first and second
            sentences.
        phonemize_between_brackets: This is a flag that controls whether text inside brackets should be phonemized (converted to
            phonetic pronunciation) - Example: "{h'El.o} World" will pronounce "Hello" as expected.
        reduce_latency: This is a flag that controls whether to optimize for reduced latency in streaming.
            https://docs.rime.ai/api-reference/endpoint/websockets#param-reduce-latency
        inline_speed_alpha: This is a string that allows inline speed control using alpha notation. https://docs.rime.ai/api-
            reference/endpoint/websockets#param-inline-speed-alpha
        language: Language for speech synthesis. Uses ISO 639 codes. Supported: en, es, de, fr, ar, hi, ja, he, pt,
            ta, si.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackRimeAIVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("speed", "speed"),
        ("pauseBetweenBrackets", "pause_between_brackets"),
        ("phonemizeBetweenBrackets", "phonemize_between_brackets"),
        ("reduceLatency", "reduce_latency"),
        ("inlineSpeedAlpha", "inline_speed_alpha"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["rime-ai"]
    voice_id: FallbackRimeAIVoiceVoiceId | _FallbackRimeAIVoiceVoiceIdValues | str
    caching_enabled: bool | Unset = UNSET
    model: FallbackRimeAIVoiceModel | _FallbackRimeAIVoiceModelValues | Unset = UNSET
    speed: float | None | Unset = UNSET
    pause_between_brackets: bool | Unset = UNSET
    phonemize_between_brackets: bool | Unset = UNSET
    reduce_latency: bool | Unset = UNSET
    inline_speed_alpha: str | None | Unset = UNSET
    language: FallbackRimeAIVoiceLanguage | _FallbackRimeAIVoiceLanguageValues | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackRimeAIVoice(data: dict[str, Any], strict: bool) -> FallbackRimeAIVoice | dict[str, Any]:
    """FallbackRimeAIVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "rime-ai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackRimeAIVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackRimeAIVoiceVoiceId", v)
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
    if "model" in data:
        v = data["model"]
        p3 = _MEMBERS["FallbackRimeAIVoiceModel"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("FallbackRimeAIVoiceModel", v)
        if p3 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        if v is None:
            p4 = None
        else:
            p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.1 else _S
        if p4 is _S:
            slow = True
    if "pauseBetweenBrackets" in data:
        v = data["pauseBetweenBrackets"]
        p5 = v if (v is True or v is False) else _S
        if p5 is _S:
            slow = True
    if "phonemizeBetweenBrackets" in data:
        v = data["phonemizeBetweenBrackets"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "reduceLatency" in data:
        v = data["reduceLatency"]
        p7 = v if (v is True or v is False) else _S
        if p7 is _S:
            slow = True
    if "inlineSpeedAlpha" in data:
        v = data["inlineSpeedAlpha"]
        if v is None:
            p8 = None
        else:
            p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p9 = _MEMBERS["FallbackRimeAIVoiceLanguage"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and True:
            p9 = _h.open_member("FallbackRimeAIVoiceLanguage", v)
        if p9 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p10 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("ChunkPlan", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackRimeAIVoice:
            return FallbackRimeAIVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackRimeAIVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackRimeAIVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "speed": p4,
        "pauseBetweenBrackets": p5,
        "phonemizeBetweenBrackets": p6,
        "reduceLatency": p7,
        "inlineSpeedAlpha": p8,
        "language": p9,
        "chunkPlan": p10,
    }


_KNOWN_FallbackRimeAIVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "model",
        "speed",
        "pauseBetweenBrackets",
        "phonemizeBetweenBrackets",
        "reduceLatency",
        "inlineSpeedAlpha",
        "language",
        "chunkPlan",
    )
)


def _to_dict_FallbackRimeAIVoice(self: FallbackRimeAIVoice) -> dict[str, Any]:
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
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = _h.fresh(v)
    v = self.pause_between_brackets
    if v is not UNSET:
        out["pauseBetweenBrackets"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.phonemize_between_brackets
    if v is not UNSET:
        out["phonemizeBetweenBrackets"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.reduce_latency
    if v is not UNSET:
        out["reduceLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.inline_speed_alpha
    if v is not UNSET:
        out["inlineSpeedAlpha"] = _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackRimeAIVoice._fast_load = _load_FallbackRimeAIVoice
setattr(FallbackRimeAIVoice, "to_dict", _to_dict_FallbackRimeAIVoice)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.fallback_play_ht_voice_emotion import FallbackPlayHTVoiceEmotion, _FallbackPlayHTVoiceEmotionValues
    from ..models.fallback_play_ht_voice_language import FallbackPlayHTVoiceLanguage, _FallbackPlayHTVoiceLanguageValues
    from ..models.fallback_play_ht_voice_model import FallbackPlayHTVoiceModel, _FallbackPlayHTVoiceModelValues
    from ..models.fallback_play_ht_voice_voice_id import FallbackPlayHTVoiceVoiceId, _FallbackPlayHTVoiceVoiceIdValues


__all__ = ["FallbackPlayHTVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackPlayHTVoice(Model):
    """FallbackPlayHTVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        speed: This is the speed multiplier that will be used.
        temperature: A floating point number between 0, exclusive, and 2, inclusive. If equal to null or not provided,
            the model's default temperature will be used. The temperature parameter controls variance. Lower
            temperatures result in more predictable results, higher temperatures allow each run to vary more, so
            the voice may sound less like the baseline voice.
        emotion: An emotion to be applied to the speech.
        voice_guidance: A number between 1 and 6. Use lower numbers to reduce how unique your chosen voice will be compared
            to other voices.
        style_guidance: A number between 1 and 30. Use lower numbers to to reduce how strong your chosen emotion will be.
            Higher numbers will create a very emotional performance.
        text_guidance: A number between 1 and 2. This number influences how closely the generated speech adheres to the
            input text. Use lower values to create more fluid speech, but with a higher chance of deviating from
            the input text. Higher numbers will make the generated speech more accurate to the input text,
            ensuring that the words spoken align closely with the provided text.
        model: Playht voice model/engine to use.
        language: The language to use for the speech.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackPlayHTVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("speed", "speed"),
        ("temperature", "temperature"),
        ("emotion", "emotion"),
        ("voiceGuidance", "voice_guidance"),
        ("styleGuidance", "style_guidance"),
        ("textGuidance", "text_guidance"),
        ("model", "model"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["playht"]
    voice_id: FallbackPlayHTVoiceVoiceId | _FallbackPlayHTVoiceVoiceIdValues | str
    caching_enabled: bool | Unset = UNSET
    speed: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    emotion: FallbackPlayHTVoiceEmotion | _FallbackPlayHTVoiceEmotionValues | None | Unset = UNSET
    voice_guidance: float | None | Unset = UNSET
    style_guidance: float | None | Unset = UNSET
    text_guidance: float | None | Unset = UNSET
    model: FallbackPlayHTVoiceModel | _FallbackPlayHTVoiceModelValues | Unset = UNSET
    language: FallbackPlayHTVoiceLanguage | _FallbackPlayHTVoiceLanguageValues | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackPlayHTVoice(data: dict[str, Any], strict: bool) -> FallbackPlayHTVoice | dict[str, Any]:
    """FallbackPlayHTVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "playht" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackPlayHTVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackPlayHTVoiceVoiceId", v)
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
    if "speed" in data:
        v = data["speed"]
        if v is None:
            p3 = None
        else:
            p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.1 and v <= 5 else _S
        if p3 is _S:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        if v is None:
            p4 = None
        else:
            p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.1 and v <= 2 else _S
        if p4 is _S:
            slow = True
    if "emotion" in data:
        v = data["emotion"]
        if v is None:
            p5 = None
        else:
            p5 = _MEMBERS["FallbackPlayHTVoiceEmotion"].get(v, _S) if type(v) is str else _S
            if p5 is _S and type(v) is str and not strict:
                p5 = _h.open_member("FallbackPlayHTVoiceEmotion", v)
        if p5 is _S:
            slow = True
    if "voiceGuidance" in data:
        v = data["voiceGuidance"]
        if v is None:
            p6 = None
        else:
            p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 6 else _S
        if p6 is _S:
            slow = True
    if "styleGuidance" in data:
        v = data["styleGuidance"]
        if v is None:
            p7 = None
        else:
            p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 30 else _S
        if p7 is _S:
            slow = True
    if "textGuidance" in data:
        v = data["textGuidance"]
        if v is None:
            p8 = None
        else:
            p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 2 else _S
        if p8 is _S:
            slow = True
    if "model" in data:
        v = data["model"]
        p9 = _MEMBERS["FallbackPlayHTVoiceModel"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and True:
            p9 = _h.open_member("FallbackPlayHTVoiceModel", v)
        if p9 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p10 = _MEMBERS["FallbackPlayHTVoiceLanguage"].get(v, _S) if type(v) is str else _S
        if p10 is _S and type(v) is str and True:
            p10 = _h.open_member("FallbackPlayHTVoiceLanguage", v)
        if p10 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p11 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("ChunkPlan", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackPlayHTVoice:
            return FallbackPlayHTVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackPlayHTVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackPlayHTVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "speed": p3,
        "temperature": p4,
        "emotion": p5,
        "voiceGuidance": p6,
        "styleGuidance": p7,
        "textGuidance": p8,
        "model": p9,
        "language": p10,
        "chunkPlan": p11,
    }


_KNOWN_FallbackPlayHTVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "speed",
        "temperature",
        "emotion",
        "voiceGuidance",
        "styleGuidance",
        "textGuidance",
        "model",
        "language",
        "chunkPlan",
    )
)


def _to_dict_FallbackPlayHTVoice(self: FallbackPlayHTVoice) -> dict[str, Any]:
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
    v = self.speed
    if v is not UNSET:
        out["speed"] = _h.fresh(v)
    v = self.temperature
    if v is not UNSET:
        out["temperature"] = _h.fresh(v)
    v = self.emotion
    if v is not UNSET:
        out["emotion"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.voice_guidance
    if v is not UNSET:
        out["voiceGuidance"] = _h.fresh(v)
    v = self.style_guidance
    if v is not UNSET:
        out["styleGuidance"] = _h.fresh(v)
    v = self.text_guidance
    if v is not UNSET:
        out["textGuidance"] = _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
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


FallbackPlayHTVoice._fast_load = _load_FallbackPlayHTVoice
setattr(FallbackPlayHTVoice, "to_dict", _to_dict_FallbackPlayHTVoice)  # noqa: B010 - replaces Model.to_dict

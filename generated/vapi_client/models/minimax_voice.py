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
    from ..models.fallback_plan import FallbackPlan
    from ..models.minimax_voice_language_boost import MinimaxVoiceLanguageBoost, _MinimaxVoiceLanguageBoostValues
    from ..models.minimax_voice_model import MinimaxVoiceModel, _MinimaxVoiceModelValues
    from ..models.minimax_voice_region import MinimaxVoiceRegion, _MinimaxVoiceRegionValues
    from ..models.minimax_voice_subtitle_type import MinimaxVoiceSubtitleType, _MinimaxVoiceSubtitleTypeValues


__all__ = ["MinimaxVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MinimaxVoice(Model):
    """MinimaxVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used. Use a voice from MINIMAX_PREDEFINED_VOICES or a
            custom cloned voice ID.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used. Options are 'speech-02-hd' and 'speech-02-turbo'.
            speech-02-hd is optimized for high-fidelity applications like voiceovers and audiobooks.
            speech-02-turbo is designed for real-time applications with low latency.

            @default "speech-02-turbo"
        emotion: The emotion to use for the voice. If not provided, will use auto-detect mode.
            Options include: 'happy', 'sad', 'angry', 'fearful', 'surprised', 'disgusted', 'neutral'
        subtitle_type: Controls the granularity of subtitle/timing data returned by Minimax
            during synthesis. Set to 'word' to receive per-word timestamps in
            assistant.speechStarted events for karaoke-style caption rendering.

            @default "sentence"
        pitch: Voice pitch adjustment. Range from -12 to 12 semitones.
            @default 0
        speed: Voice speed adjustment. Range from 0.5 to 2.0.
            @default 1.0
        volume: Voice volume adjustment. Range from 0.5 to 2.0.
            @default 1.0
        region: The region for Minimax API. Defaults to "worldwide".
        language_boost: Language hint for MiniMax T2A. Example: yue (Cantonese), zh (Chinese), en (English).
        text_normalization_enabled: Enable MiniMax text normalization to improve number reading and formatting.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "MinimaxVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("emotion", "emotion"),
        ("subtitleType", "subtitle_type"),
        ("pitch", "pitch"),
        ("speed", "speed"),
        ("volume", "volume"),
        ("region", "region"),
        ("languageBoost", "language_boost"),
        ("textNormalizationEnabled", "text_normalization_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["minimax"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: MinimaxVoiceModel | _MinimaxVoiceModelValues | Unset = UNSET
    emotion: str | Unset = UNSET
    subtitle_type: MinimaxVoiceSubtitleType | _MinimaxVoiceSubtitleTypeValues | Unset = UNSET
    pitch: float | Unset = UNSET
    speed: float | Unset = UNSET
    volume: float | Unset = UNSET
    region: MinimaxVoiceRegion | _MinimaxVoiceRegionValues | Unset = UNSET
    language_boost: MinimaxVoiceLanguageBoost | _MinimaxVoiceLanguageBoostValues | Unset = UNSET
    text_normalization_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MinimaxVoice(data: dict[str, Any], strict: bool) -> MinimaxVoice | dict[str, Any]:
    """MinimaxVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "minimax" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = v if type(v) is str else _S
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
        p3 = _MEMBERS["MinimaxVoiceModel"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("MinimaxVoiceModel", v)
        if p3 is _S:
            slow = True
    if "emotion" in data:
        v = data["emotion"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "subtitleType" in data:
        v = data["subtitleType"]
        p5 = _MEMBERS["MinimaxVoiceSubtitleType"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and True:
            p5 = _h.open_member("MinimaxVoiceSubtitleType", v)
        if p5 is _S:
            slow = True
    if "pitch" in data:
        v = data["pitch"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= -12 and v <= 12 else _S
        if p6 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 2 else _S
        if p7 is _S:
            slow = True
    if "volume" in data:
        v = data["volume"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 2 else _S
        if p8 is _S:
            slow = True
    if "region" in data:
        v = data["region"]
        p9 = _MEMBERS["MinimaxVoiceRegion"].get(v, _S) if type(v) is str else _S
        if p9 is _S and type(v) is str and True:
            p9 = _h.open_member("MinimaxVoiceRegion", v)
        if p9 is _S:
            slow = True
    if "languageBoost" in data:
        v = data["languageBoost"]
        p10 = _MEMBERS["MinimaxVoiceLanguageBoost"].get(v, _S) if type(v) is str else _S
        if p10 is _S and type(v) is str and not strict:
            p10 = _h.open_member("MinimaxVoiceLanguageBoost", v)
        if p10 is _S:
            slow = True
    if "textNormalizationEnabled" in data:
        v = data["textNormalizationEnabled"]
        p11 = v if (v is True or v is False) else _S
        if p11 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p12 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("ChunkPlan", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p13 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("FallbackPlan", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_MinimaxVoice:
            return MinimaxVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MinimaxVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MinimaxVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "emotion": p4,
        "subtitleType": p5,
        "pitch": p6,
        "speed": p7,
        "volume": p8,
        "region": p9,
        "languageBoost": p10,
        "textNormalizationEnabled": p11,
        "chunkPlan": p12,
        "fallbackPlan": p13,
    }


_KNOWN_MinimaxVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "model",
        "emotion",
        "subtitleType",
        "pitch",
        "speed",
        "volume",
        "region",
        "languageBoost",
        "textNormalizationEnabled",
        "chunkPlan",
        "fallbackPlan",
    )
)


def _to_dict_MinimaxVoice(self: MinimaxVoice) -> dict[str, Any]:
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
        out["voiceId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.emotion
    if v is not UNSET:
        out["emotion"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.subtitle_type
    if v is not UNSET:
        out["subtitleType"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.pitch
    if v is not UNSET:
        out["pitch"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.volume
    if v is not UNSET:
        out["volume"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language_boost
    if v is not UNSET:
        out["languageBoost"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.text_normalization_enabled
    if v is not UNSET:
        out["textNormalizationEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MinimaxVoice._fast_load = _load_MinimaxVoice
setattr(MinimaxVoice, "to_dict", _to_dict_MinimaxVoice)  # noqa: B010 - replaces Model.to_dict

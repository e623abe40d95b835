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
    from ..models.fallback_xai_voice_language import FallbackXaiVoiceLanguage, _FallbackXaiVoiceLanguageValues
    from ..models.fallback_xai_voice_voice_id import FallbackXaiVoiceVoiceId, _FallbackXaiVoiceVoiceIdValues


__all__ = ["XaiVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class XaiVoice(Model):
    """XaiVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: Built-in voices: eve, ara, rex, sal, leo. Cloned voice IDs are also accepted.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        language: BCP-47 language code for xAI TTS synthesis.
        speed: Speed multiplier for xAI TTS synthesis.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "XaiVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("language", "language"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["xai"]
    voice_id: FallbackXaiVoiceVoiceId | _FallbackXaiVoiceVoiceIdValues
    caching_enabled: bool | Unset = UNSET
    language: FallbackXaiVoiceLanguage | _FallbackXaiVoiceLanguageValues | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_XaiVoice(data: dict[str, Any], strict: bool) -> XaiVoice | dict[str, Any]:
    """XaiVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "xai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackXaiVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackXaiVoiceVoiceId", v)
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
    if "language" in data:
        v = data["language"]
        p3 = _MEMBERS["FallbackXaiVoiceLanguage"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("FallbackXaiVoiceLanguage", v)
        if p3 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.7 and v <= 1.5 else _S
        if p4 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p5 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("ChunkPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p6 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("FallbackPlan", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_XaiVoice:
            return XaiVoice(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = XaiVoice(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_XaiVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "language": p3,
        "speed": p4,
        "chunkPlan": p5,
        "fallbackPlan": p6,
    }


_KNOWN_XaiVoice = frozenset(("provider", "voiceId", "cachingEnabled", "language", "speed", "chunkPlan", "fallbackPlan"))


def _to_dict_XaiVoice(self: XaiVoice) -> dict[str, Any]:
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
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


XaiVoice._fast_load = _load_XaiVoice
setattr(XaiVoice, "to_dict", _to_dict_XaiVoice)  # noqa: B010 - replaces Model.to_dict

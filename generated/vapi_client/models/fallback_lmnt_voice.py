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
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_lmnt_voice_voice_id import FallbackLMNTVoiceVoiceId, _FallbackLMNTVoiceVoiceIdValues


__all__ = ["FallbackLMNTVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackLMNTVoice(Model):
    """FallbackLMNTVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        speed: This is the speed multiplier that will be used.
        language: Two letter ISO 639-1 language code. Use "auto" for auto-detection.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackLMNTVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("speed", "speed"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["lmnt"]
    voice_id: FallbackLMNTVoiceVoiceId | _FallbackLMNTVoiceVoiceIdValues | str
    caching_enabled: bool | Unset = UNSET
    speed: float | None | Unset = UNSET
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues | Literal["auto"] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_FallbackLMNTVoice_one_of_1 = _h.OneOf(("enum", "CartesiaTranscriberLanguage", False), ("const", "auto"))


def _load_FallbackLMNTVoice(data: dict[str, Any], strict: bool) -> FallbackLMNTVoice | dict[str, Any]:
    """FallbackLMNTVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "lmnt" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackLMNTVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackLMNTVoiceVoiceId", v)
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
            p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.25 and v <= 2 else _S
        if p3 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p4 = _FallbackLMNTVoice_one_of_1(v, strict)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p5 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("ChunkPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackLMNTVoice:
            return FallbackLMNTVoice(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackLMNTVoice(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackLMNTVoice}
            return obj
    return {"provider": p0, "voiceId": p1, "cachingEnabled": p2, "speed": p3, "language": p4, "chunkPlan": p5}


_KNOWN_FallbackLMNTVoice = frozenset(("provider", "voiceId", "cachingEnabled", "speed", "language", "chunkPlan"))


def _to_dict_FallbackLMNTVoice(self: FallbackLMNTVoice) -> dict[str, Any]:
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
    v = self.language
    if v is not UNSET:
        out["language"] = _h.dump_json(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackLMNTVoice._fast_load = _load_FallbackLMNTVoice
setattr(FallbackLMNTVoice, "to_dict", _to_dict_FallbackLMNTVoice)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan


__all__ = ["SesameVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SesameVoice(Model):
    """SesameVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        model: This is the model that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "SesameVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("model", "model"),
        ("cachingEnabled", "caching_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["sesame"]
    voice_id: str
    model: Literal["csm-1b"]
    caching_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SesameVoice(data: dict[str, Any], strict: bool) -> SesameVoice | dict[str, Any]:
    """SesameVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "sesame" else _S
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
    if "model" in data:
        v = data["model"]
        p2 = v if type(v) is str and v == "csm-1b" else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "cachingEnabled" in data:
        v = data["cachingEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p4 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("ChunkPlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p5 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("FallbackPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SesameVoice:
            return SesameVoice(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SesameVoice(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SesameVoice}
            return obj
    return {"provider": p0, "voiceId": p1, "model": p2, "cachingEnabled": p3, "chunkPlan": p4, "fallbackPlan": p5}


_KNOWN_SesameVoice = frozenset(("provider", "voiceId", "model", "cachingEnabled", "chunkPlan", "fallbackPlan"))


def _to_dict_SesameVoice(self: SesameVoice) -> dict[str, Any]:
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
        out["model"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


SesameVoice._fast_load = _load_SesameVoice
setattr(SesameVoice, "to_dict", _to_dict_SesameVoice)  # noqa: B010 - replaces Model.to_dict

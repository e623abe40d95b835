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
    from ..models.fallback_neuphonic_voice_model import FallbackNeuphonicVoiceModel, _FallbackNeuphonicVoiceModelValues


__all__ = ["FallbackNeuphonicVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackNeuphonicVoice(Model):
    """FallbackNeuphonicVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        language: This is the language (ISO 639-1) that is enforced for the model.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used. Defaults to 'neu_fast' if not specified.
        speed: This is the speed multiplier that will be used.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackNeuphonicVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("language", "language"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["neuphonic"]
    voice_id: str
    language: str
    caching_enabled: bool | Unset = UNSET
    model: FallbackNeuphonicVoiceModel | _FallbackNeuphonicVoiceModelValues | Unset = UNSET
    speed: float | None | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackNeuphonicVoice(data: dict[str, Any], strict: bool) -> FallbackNeuphonicVoice | dict[str, Any]:
    """FallbackNeuphonicVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "neuphonic" else _S
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
    if "language" in data:
        v = data["language"]
        p2 = v if type(v) is str else _S
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
    if "model" in data:
        v = data["model"]
        p4 = _MEMBERS["FallbackNeuphonicVoiceModel"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and True:
            p4 = _h.open_member("FallbackNeuphonicVoiceModel", v)
        if p4 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        if v is None:
            p5 = None
        else:
            p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.25 and v <= 2 else _S
        if p5 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p6 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("ChunkPlan", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackNeuphonicVoice:
            return FallbackNeuphonicVoice(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackNeuphonicVoice(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackNeuphonicVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "language": p2,
        "cachingEnabled": p3,
        "model": p4,
        "speed": p5,
        "chunkPlan": p6,
    }


_KNOWN_FallbackNeuphonicVoice = frozenset(
    ("provider", "voiceId", "language", "cachingEnabled", "model", "speed", "chunkPlan")
)


def _to_dict_FallbackNeuphonicVoice(self: FallbackNeuphonicVoice) -> dict[str, Any]:
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
    v = self.language
    if v is not UNSET:
        out["language"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackNeuphonicVoice._fast_load = _load_FallbackNeuphonicVoice
setattr(FallbackNeuphonicVoice, "to_dict", _to_dict_FallbackNeuphonicVoice)  # noqa: B010 - replaces Model.to_dict

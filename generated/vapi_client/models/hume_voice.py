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
    from ..models.fallback_hume_voice_model import FallbackHumeVoiceModel, _FallbackHumeVoiceModelValues
    from ..models.fallback_plan import FallbackPlan


__all__ = ["HumeVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class HumeVoice(Model):
    """HumeVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The ID of the particular voice you want to use.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used.
        is_custom_hume_voice: Indicates whether the chosen voice is a preset Hume AI voice or a custom voice.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        description: Natural language instructions describing how the synthesized speech should sound, including but not
            limited to tone, intonation, pacing, and accent (e.g., 'a soft, gentle voice with a strong British
            accent').

            If a Voice is specified in the request, this description serves as acting instructions.
            If no Voice is specified, a new voice is generated based on this description.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "HumeVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("isCustomHumeVoice", "is_custom_hume_voice"),
        ("chunkPlan", "chunk_plan"),
        ("description", "description"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["hume"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: FallbackHumeVoiceModel | _FallbackHumeVoiceModelValues | Unset = UNSET
    is_custom_hume_voice: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    description: str | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_HumeVoice(data: dict[str, Any], strict: bool) -> HumeVoice | dict[str, Any]:
    """HumeVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "hume" else _S
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
        p3 = _MEMBERS["FallbackHumeVoiceModel"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("FallbackHumeVoiceModel", v)
        if p3 is _S:
            slow = True
    if "isCustomHumeVoice" in data:
        v = data["isCustomHumeVoice"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p5 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("ChunkPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p7 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("FallbackPlan", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_HumeVoice:
            return HumeVoice(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = HumeVoice(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_HumeVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "isCustomHumeVoice": p4,
        "chunkPlan": p5,
        "description": p6,
        "fallbackPlan": p7,
    }


_KNOWN_HumeVoice = frozenset(
    ("provider", "voiceId", "cachingEnabled", "model", "isCustomHumeVoice", "chunkPlan", "description", "fallbackPlan")
)


def _to_dict_HumeVoice(self: HumeVoice) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.caching_enabled
    if v is not UNSET:
        out["cachingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.voice_id
    if v is not UNSET:
        out["voiceId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.is_custom_hume_voice
    if v is not UNSET:
        out["isCustomHumeVoice"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


HumeVoice._fast_load = _load_HumeVoice
setattr(HumeVoice, "to_dict", _to_dict_HumeVoice)  # noqa: B010 - replaces Model.to_dict

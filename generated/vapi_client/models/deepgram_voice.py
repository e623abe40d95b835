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
    from ..models.deepgram_voice_model import DeepgramVoiceModel, _DeepgramVoiceModelValues
    from ..models.deepgram_voice_voice_id import DeepgramVoiceVoiceId, _DeepgramVoiceVoiceIdValues
    from ..models.fallback_plan import FallbackPlan


__all__ = ["DeepgramVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class DeepgramVoice(Model):
    """DeepgramVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used. Defaults to 'aura-2' when not specified.
        mip_opt_out: If set to true, this will add mip_opt_out=true as a query parameter of all API requests. See
            https://developers.deepgram.com/docs/the-deepgram-model-improvement-partnership-program#want-to-opt-
            out

            This will only be used if you are using your own Deepgram API key.

            @default false
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "DeepgramVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("mipOptOut", "mip_opt_out"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["deepgram"]
    voice_id: DeepgramVoiceVoiceId | _DeepgramVoiceVoiceIdValues
    caching_enabled: bool | Unset = UNSET
    model: DeepgramVoiceModel | _DeepgramVoiceModelValues | Unset = UNSET
    mip_opt_out: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_DeepgramVoice(data: dict[str, Any], strict: bool) -> DeepgramVoice | dict[str, Any]:
    """DeepgramVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "deepgram" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["DeepgramVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("DeepgramVoiceVoiceId", v)
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
        p3 = _MEMBERS["DeepgramVoiceModel"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("DeepgramVoiceModel", v)
        if p3 is _S:
            slow = True
    if "mipOptOut" in data:
        v = data["mipOptOut"]
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
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p6 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("FallbackPlan", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_DeepgramVoice:
            return DeepgramVoice(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = DeepgramVoice(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_DeepgramVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "mipOptOut": p4,
        "chunkPlan": p5,
        "fallbackPlan": p6,
    }


_KNOWN_DeepgramVoice = frozenset(
    ("provider", "voiceId", "cachingEnabled", "model", "mipOptOut", "chunkPlan", "fallbackPlan")
)


def _to_dict_DeepgramVoice(self: DeepgramVoice) -> dict[str, Any]:
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
    v = self.mip_opt_out
    if v is not UNSET:
        out["mipOptOut"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


DeepgramVoice._fast_load = _load_DeepgramVoice
setattr(DeepgramVoice, "to_dict", _to_dict_DeepgramVoice)  # noqa: B010 - replaces Model.to_dict

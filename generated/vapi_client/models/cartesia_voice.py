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
    from ..models.cartesia_experimental_controls import CartesiaExperimentalControls
    from ..models.cartesia_generation_config import CartesiaGenerationConfig
    from ..models.cartesia_voice_language import CartesiaVoiceLanguage, _CartesiaVoiceLanguageValues
    from ..models.cartesia_voice_model import CartesiaVoiceModel, _CartesiaVoiceModelValues
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan


__all__ = ["CartesiaVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CartesiaVoice(Model):
    """CartesiaVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The ID of the particular voice you want to use.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used. This is optional and will default to the correct model for the
            voiceId.
        language: This is the language that will be used. This is optional and will default to the correct language
            for the voiceId.
        experimental_controls: Experimental controls for Cartesia voice generation
        generation_config: Generation config for fine-grained control of sonic-3 voice output (speed, volume, and experimental
            controls). Only available for sonic-3 model.
        pronunciation_dict_id: Pronunciation dictionary ID for sonic-3. Allows custom pronunciations for specific words. Only
            available for sonic-3 model.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
        fallback_plan: This is the plan for voice provider fallbacks in the event that the primary voice provider fails.
    """

    _schema: ClassVar[str] = "CartesiaVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("language", "language"),
        ("experimentalControls", "experimental_controls"),
        ("generationConfig", "generation_config"),
        ("pronunciationDictId", "pronunciation_dict_id"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["cartesia"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: CartesiaVoiceModel | _CartesiaVoiceModelValues | Unset = UNSET
    language: CartesiaVoiceLanguage | _CartesiaVoiceLanguageValues | Unset = UNSET
    experimental_controls: CartesiaExperimentalControls | Unset = UNSET
    generation_config: CartesiaGenerationConfig | Unset = UNSET
    pronunciation_dict_id: str | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CartesiaVoice(data: dict[str, Any], strict: bool) -> CartesiaVoice | dict[str, Any]:
    """CartesiaVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "cartesia" else _S
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
        p3 = _MEMBERS["CartesiaVoiceModel"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("CartesiaVoiceModel", v)
        if p3 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p4 = _MEMBERS["CartesiaVoiceLanguage"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and True:
            p4 = _h.open_member("CartesiaVoiceLanguage", v)
        if p4 is _S:
            slow = True
    if "experimentalControls" in data:
        v = data["experimentalControls"]
        p5 = _FAST["CartesiaExperimentalControls"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("CartesiaExperimentalControls", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "generationConfig" in data:
        v = data["generationConfig"]
        p6 = _FAST["CartesiaGenerationConfig"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("CartesiaGenerationConfig", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "pronunciationDictId" in data:
        v = data["pronunciationDictId"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p8 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("ChunkPlan", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p9 = _FAST["FallbackPlan"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("FallbackPlan", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CartesiaVoice:
            return CartesiaVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CartesiaVoice(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CartesiaVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "language": p4,
        "experimentalControls": p5,
        "generationConfig": p6,
        "pronunciationDictId": p7,
        "chunkPlan": p8,
        "fallbackPlan": p9,
    }


_KNOWN_CartesiaVoice = frozenset(
    (
        "provider",
        "voiceId",
        "cachingEnabled",
        "model",
        "language",
        "experimentalControls",
        "generationConfig",
        "pronunciationDictId",
        "chunkPlan",
        "fallbackPlan",
    )
)


def _to_dict_CartesiaVoice(self: CartesiaVoice) -> dict[str, Any]:
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
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.experimental_controls
    if v is not UNSET:
        out["experimentalControls"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.generation_config
    if v is not UNSET:
        out["generationConfig"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.pronunciation_dict_id
    if v is not UNSET:
        out["pronunciationDictId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


CartesiaVoice._fast_load = _load_CartesiaVoice
setattr(CartesiaVoice, "to_dict", _to_dict_CartesiaVoice)  # noqa: B010 - replaces Model.to_dict

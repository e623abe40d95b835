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
    from ..models.fallback_microsoft_voice_role import FallbackMicrosoftVoiceRole, _FallbackMicrosoftVoiceRoleValues
    from ..models.fallback_microsoft_voice_style import FallbackMicrosoftVoiceStyle, _FallbackMicrosoftVoiceStyleValues
    from ..models.fallback_microsoft_voice_voice_id import (
        FallbackMicrosoftVoiceVoiceId,
        _FallbackMicrosoftVoiceVoiceIdValues,
    )


__all__ = ["FallbackMicrosoftVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackMicrosoftVoice(Model):
    """FallbackMicrosoftVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: MAI-Voice-2 voice ID. Built-in voices listed in enum.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        style: Speaking style applied via mstts:express-as on every request. Unknown styles are ignored by Azure
            and fall back to neutral.
        style_degree: Style intensity (0.01–2). Default 1 = the predefined style strength. Only applies when `style` is
            set.
        role: Role-play (age/gender imitation). Requires `style` to be set; ignored otherwise.
        speed: This is the speed multiplier that will be used.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackMicrosoftVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("style", "style"),
        ("styleDegree", "style_degree"),
        ("role", "role"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["microsoft"]
    voice_id: FallbackMicrosoftVoiceVoiceId | _FallbackMicrosoftVoiceVoiceIdValues
    caching_enabled: bool | Unset = UNSET
    style: FallbackMicrosoftVoiceStyle | _FallbackMicrosoftVoiceStyleValues | Unset = UNSET
    style_degree: float | Unset = UNSET
    role: FallbackMicrosoftVoiceRole | _FallbackMicrosoftVoiceRoleValues | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackMicrosoftVoice(data: dict[str, Any], strict: bool) -> FallbackMicrosoftVoice | dict[str, Any]:
    """FallbackMicrosoftVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "microsoft" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackMicrosoftVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackMicrosoftVoiceVoiceId", v)
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
    if "style" in data:
        v = data["style"]
        p3 = _MEMBERS["FallbackMicrosoftVoiceStyle"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and not strict:
            p3 = _h.open_member("FallbackMicrosoftVoiceStyle", v)
        if p3 is _S:
            slow = True
    if "styleDegree" in data:
        v = data["styleDegree"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.01 and v <= 2 else _S
        if p4 is _S:
            slow = True
    if "role" in data:
        v = data["role"]
        p5 = _MEMBERS["FallbackMicrosoftVoiceRole"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and True:
            p5 = _h.open_member("FallbackMicrosoftVoiceRole", v)
        if p5 is _S:
            slow = True
    if "speed" in data:
        v = data["speed"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 2 else _S
        if p6 is _S:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p7 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("ChunkPlan", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackMicrosoftVoice:
            return FallbackMicrosoftVoice(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackMicrosoftVoice(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackMicrosoftVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "style": p3,
        "styleDegree": p4,
        "role": p5,
        "speed": p6,
        "chunkPlan": p7,
    }


_KNOWN_FallbackMicrosoftVoice = frozenset(
    ("provider", "voiceId", "cachingEnabled", "style", "styleDegree", "role", "speed", "chunkPlan")
)


def _to_dict_FallbackMicrosoftVoice(self: FallbackMicrosoftVoice) -> dict[str, Any]:
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
    v = self.style
    if v is not UNSET:
        out["style"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.style_degree
    if v is not UNSET:
        out["styleDegree"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.role
    if v is not UNSET:
        out["role"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackMicrosoftVoice._fast_load = _load_FallbackMicrosoftVoice
setattr(FallbackMicrosoftVoice, "to_dict", _to_dict_FallbackMicrosoftVoice)  # noqa: B010 - replaces Model.to_dict

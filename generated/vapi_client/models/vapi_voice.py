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
    from ..models.fallback_vapi_voice_language import FallbackVapiVoiceLanguage, _FallbackVapiVoiceLanguageValues
    from ..models.fallback_vapi_voice_version import FallbackVapiVoiceVersion, _FallbackVapiVoiceVersionValues
    from ..models.vapi_pronunciation_dictionary_locator import VapiPronunciationDictionaryLocator


__all__ = ["VapiVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiVoice(Model):
    """VapiVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The voice to use: a built-in Vapi voice name, or a cloned voice id (used with version 2).
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        version: The Vapi voice routing generation. `latest` auto-updates to the newest generation; version 1 uses
            legacy mappings; version 2 can use xAI-backed voices when available. When omitted, Version 1 is
            used. Accepts the string channel ('latest', '1', '2'); legacy numeric values (1, 2) are also
            accepted and coerced to their string form.
        speed: This is the speed multiplier that will be used.

            @default 1
        language: Language for Vapi voice synthesis. For Version 2, omit this field or set `auto` for automatic
            language detection. Version 1 supports legacy Vapi language values.
        pronunciation_dictionary: List of pronunciation dictionary locators for custom word pronunciations.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "VapiVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("version", "version"),
        ("speed", "speed"),
        ("language", "language"),
        ("pronunciationDictionary", "pronunciation_dictionary"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["vapi"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    version: FallbackVapiVoiceVersion | _FallbackVapiVoiceVersionValues | float | Unset = UNSET
    speed: float | Unset = UNSET
    language: FallbackVapiVoiceLanguage | _FallbackVapiVoiceLanguageValues | Unset = UNSET
    pronunciation_dictionary: list[VapiPronunciationDictionaryLocator] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_VapiVoice_one_of_1 = _h.OneOf(("enum", "FallbackVapiVoiceVersion", False), ("oneof", ("const", 1), ("const", 2)))
_VapiVoice_items_7 = _h.Items(("model", "VapiPronunciationDictionaryLocator"))


def _load_VapiVoice(data: dict[str, Any], strict: bool) -> VapiVoice | dict[str, Any]:
    """VapiVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "vapi" else _S
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
    if "version" in data:
        v = data["version"]
        p3 = _VapiVoice_one_of_1(v, strict)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "speed" in data:
        v = data["speed"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.25 and v <= 2 else _S
        if p4 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p5 = _MEMBERS["FallbackVapiVoiceLanguage"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and True:
            p5 = _h.open_member("FallbackVapiVoiceLanguage", v)
        if p5 is _S:
            slow = True
    if "pronunciationDictionary" in data:
        v = data["pronunciationDictionary"]
        if type(v) is list:
            resume6 = False
            out4: list[Any] = []
            for e2 in v:
                x3 = _FAST["VapiPronunciationDictionaryLocator"](e2, strict) if type(e2) is dict else _S
                if type(x3) is dict:  # loaded in part: the generic loader finishes it
                    x3 = _R("VapiPronunciationDictionaryLocator", x3)
                if x3 is _S or type(x3) is _R:
                    resume6 = True
                out4.append(x3)
            p6 = _R(_VapiVoice_items_7, out4) if resume6 else out4
        else:
            p6 = _S
        if p6 is _S or type(p6) is _R:
            slow = True
    if "chunkPlan" in data:
        v = data["chunkPlan"]
        p7 = _FAST["ChunkPlan"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("ChunkPlan", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiVoice:
            return VapiVoice(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiVoice(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "version": p3,
        "speed": p4,
        "language": p5,
        "pronunciationDictionary": p6,
        "chunkPlan": p7,
    }


_KNOWN_VapiVoice = frozenset(
    ("provider", "voiceId", "cachingEnabled", "version", "speed", "language", "pronunciationDictionary", "chunkPlan")
)


def _to_dict_VapiVoice(self: VapiVoice) -> dict[str, Any]:
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
    v = self.version
    if v is not UNSET:
        out["version"] = _h.dump_json(v)
    v = self.speed
    if v is not UNSET:
        out["speed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.pronunciation_dictionary
    if v is not UNSET:
        out["pronunciationDictionary"] = (
            [i8.to_dict() if hasattr(i8, "to_dict") else _h.fresh(i8) for i8 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiVoice._fast_load = _load_VapiVoice
setattr(VapiVoice, "to_dict", _to_dict_VapiVoice)  # noqa: B010 - replaces Model.to_dict

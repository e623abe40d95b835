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
    from ..models.fallback_inworld_voice_language_code import (
        FallbackInworldVoiceLanguageCode,
        _FallbackInworldVoiceLanguageCodeValues,
    )
    from ..models.fallback_inworld_voice_voice_id import FallbackInworldVoiceVoiceId, _FallbackInworldVoiceVoiceIdValues


__all__ = ["FallbackInworldVoice"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackInworldVoice(Model):
    """FallbackInworldVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: Available voices by language:
            • en: Alex, Ashley, Craig, Deborah, Dennis, Edward, Elizabeth, Hades, Julia, Pixie, Mark, Olivia,
            Priya, Ronald, Sarah, Shaun, Theodore, Timothy, Wendy, Dominus, Hana, Clive, Carter, Blake, Luna
            • zh: Yichen, Xiaoyin, Xinyi, Jing
            • nl: Erik, Katrien, Lennart, Lore
            • fr: Alain, Hélène, Mathieu, Étienne
            • de: Johanna, Josef
            • it: Gianni, Orietta
            • ja: Asuka, Satoshi
            • ko: Hyunwoo, Minji, Seojun, Yoona
            • pl: Szymon, Wojciech
            • pt: Heitor, Maitê
            • es: Diego, Lupita, Miguel, Rafael
            • ru: Svetlana, Elena, Dmitry, Nikolai
            • hi: Riya, Manoj
            • he: Yael, Oren
            • ar: Nour, Omar
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model: This is the model that will be used.
        language_code: Language code for Inworld TTS synthesis
        temperature: A floating point number between 0, exclusive, and 2, inclusive. If equal to null or not provided,
            the model's default temperature of 1.1 will be used. The temperature parameter controls variance.
            Higher values will make the output more random and can lead to more expressive results. Lower values
            will make it more deterministic.
            See https://docs.inworld.ai/docs/tts/capabilities/generating-audio#additional-configurations for
            more details.
        speaking_rate: A floating point number between 0.5, inclusive, and 1.5, inclusive. If equal to null or not
            provided, the model's default speaking speed of 1.0 will be used.
            Values above 0.8 are recommended for higher quality.
            See https://docs.inworld.ai/docs/tts/capabilities/generating-audio#additional-configurations for
            more details.
        chunk_plan: This is the plan for chunking the model output before it is sent to the voice provider.
    """

    _schema: ClassVar[str] = "FallbackInworldVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("languageCode", "language_code"),
        ("temperature", "temperature"),
        ("speakingRate", "speaking_rate"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["inworld"]
    voice_id: FallbackInworldVoiceVoiceId | _FallbackInworldVoiceVoiceIdValues
    caching_enabled: bool | Unset = UNSET
    model: Literal["inworld-tts-1"] | Unset = UNSET
    language_code: FallbackInworldVoiceLanguageCode | _FallbackInworldVoiceLanguageCodeValues | Unset = UNSET
    temperature: float | None | Unset = UNSET
    speaking_rate: float | None | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackInworldVoice(data: dict[str, Any], strict: bool) -> FallbackInworldVoice | dict[str, Any]:
    """FallbackInworldVoice from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p0 = v if type(v) is str and v == "inworld" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voiceId" in data:
        v = data["voiceId"]
        p1 = _MEMBERS["FallbackInworldVoiceVoiceId"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackInworldVoiceVoiceId", v)
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
        p3 = v if type(v) is str and v == "inworld-tts-1" else _S
        if p3 is _S:
            slow = True
    if "languageCode" in data:
        v = data["languageCode"]
        p4 = _MEMBERS["FallbackInworldVoiceLanguageCode"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and not strict:
            p4 = _h.open_member("FallbackInworldVoiceLanguageCode", v)
        if p4 is _S:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        if v is None:
            p5 = None
        else:
            p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.1 and v <= 2 else _S
        if p5 is _S:
            slow = True
    if "speakingRate" in data:
        v = data["speakingRate"]
        if v is None:
            p6 = None
        else:
            p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 1.5 else _S
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
        if data.keys() <= _KNOWN_FallbackInworldVoice:
            return FallbackInworldVoice(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackInworldVoice(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackInworldVoice}
            return obj
    return {
        "provider": p0,
        "voiceId": p1,
        "cachingEnabled": p2,
        "model": p3,
        "languageCode": p4,
        "temperature": p5,
        "speakingRate": p6,
        "chunkPlan": p7,
    }


_KNOWN_FallbackInworldVoice = frozenset(
    ("provider", "voiceId", "cachingEnabled", "model", "languageCode", "temperature", "speakingRate", "chunkPlan")
)


def _to_dict_FallbackInworldVoice(self: FallbackInworldVoice) -> dict[str, Any]:
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
        out["model"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language_code
    if v is not UNSET:
        out["languageCode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.temperature
    if v is not UNSET:
        out["temperature"] = _h.fresh(v)
    v = self.speaking_rate
    if v is not UNSET:
        out["speakingRate"] = _h.fresh(v)
    v = self.chunk_plan
    if v is not UNSET:
        out["chunkPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackInworldVoice._fast_load = _load_FallbackInworldVoice
setattr(FallbackInworldVoice, "to_dict", _to_dict_FallbackInworldVoice)  # noqa: B010 - replaces Model.to_dict

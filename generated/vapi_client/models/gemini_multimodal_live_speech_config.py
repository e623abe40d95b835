# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_voice_config import GeminiMultimodalLiveVoiceConfig


__all__ = ["GeminiMultimodalLiveSpeechConfig"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GeminiMultimodalLiveSpeechConfig(Model):
    """GeminiMultimodalLiveSpeechConfig

    Attributes:
        voice_config:
    """

    _schema: ClassVar[str] = "GeminiMultimodalLiveSpeechConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("voiceConfig", "voice_config"),)

    voice_config: GeminiMultimodalLiveVoiceConfig
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GeminiMultimodalLiveSpeechConfig(
    data: dict[str, Any], strict: bool
) -> GeminiMultimodalLiveSpeechConfig | dict[str, Any]:
    """GeminiMultimodalLiveSpeechConfig from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "voiceConfig" in data:
        v = data["voiceConfig"]
        p0 = _FAST["GeminiMultimodalLiveVoiceConfig"](v, strict) if type(v) is dict else _S
        if type(p0) is dict:  # loaded in part: the generic loader finishes it
            p0 = _R("GeminiMultimodalLiveVoiceConfig", p0)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_GeminiMultimodalLiveSpeechConfig:
            return GeminiMultimodalLiveSpeechConfig(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GeminiMultimodalLiveSpeechConfig(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_GeminiMultimodalLiveSpeechConfig
            }
            return obj
    return {"voiceConfig": p0}


_KNOWN_GeminiMultimodalLiveSpeechConfig = frozenset(("voiceConfig",))


def _to_dict_GeminiMultimodalLiveSpeechConfig(self: GeminiMultimodalLiveSpeechConfig) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.voice_config
    if v is not UNSET:
        out["voiceConfig"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GeminiMultimodalLiveSpeechConfig._fast_load = _load_GeminiMultimodalLiveSpeechConfig
setattr(GeminiMultimodalLiveSpeechConfig, "to_dict", _to_dict_GeminiMultimodalLiveSpeechConfig)  # noqa: B010 - replaces Model.to_dict

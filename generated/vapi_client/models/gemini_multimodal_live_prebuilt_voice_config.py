# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_prebuilt_voice_config_voice_name import (
        GeminiMultimodalLivePrebuiltVoiceConfigVoiceName,
        _GeminiMultimodalLivePrebuiltVoiceConfigVoiceNameValues,
    )


__all__ = ["GeminiMultimodalLivePrebuiltVoiceConfig"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GeminiMultimodalLivePrebuiltVoiceConfig(Model):
    """GeminiMultimodalLivePrebuiltVoiceConfig

    Attributes:
        voice_name:
    """

    _schema: ClassVar[str] = "GeminiMultimodalLivePrebuiltVoiceConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("voiceName", "voice_name"),)

    voice_name: (
        GeminiMultimodalLivePrebuiltVoiceConfigVoiceName | _GeminiMultimodalLivePrebuiltVoiceConfigVoiceNameValues
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GeminiMultimodalLivePrebuiltVoiceConfig(
    data: dict[str, Any], strict: bool
) -> GeminiMultimodalLivePrebuiltVoiceConfig | dict[str, Any]:
    """GeminiMultimodalLivePrebuiltVoiceConfig from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "voiceName" in data:
        v = data["voiceName"]
        p0 = _MEMBERS["GeminiMultimodalLivePrebuiltVoiceConfigVoiceName"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and not strict:
            p0 = _h.open_member("GeminiMultimodalLivePrebuiltVoiceConfigVoiceName", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_GeminiMultimodalLivePrebuiltVoiceConfig:
            return GeminiMultimodalLivePrebuiltVoiceConfig(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GeminiMultimodalLivePrebuiltVoiceConfig(p0)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_GeminiMultimodalLivePrebuiltVoiceConfig
            }
            return obj
    return {"voiceName": p0}


_KNOWN_GeminiMultimodalLivePrebuiltVoiceConfig = frozenset(("voiceName",))


def _to_dict_GeminiMultimodalLivePrebuiltVoiceConfig(self: GeminiMultimodalLivePrebuiltVoiceConfig) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.voice_name
    if v is not UNSET:
        out["voiceName"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GeminiMultimodalLivePrebuiltVoiceConfig._fast_load = _load_GeminiMultimodalLivePrebuiltVoiceConfig
setattr(GeminiMultimodalLivePrebuiltVoiceConfig, "to_dict", _to_dict_GeminiMultimodalLivePrebuiltVoiceConfig)  # noqa: B010 - replaces Model.to_dict

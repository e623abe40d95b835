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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_speech_config import GeminiMultimodalLiveSpeechConfig


__all__ = ["GoogleRealtimeConfig"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GoogleRealtimeConfig(Model):
    """GoogleRealtimeConfig

    Attributes:
        top_p: This is the nucleus sampling parameter that controls the cumulative probability of tokens considered
            during text generation.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        top_k: This is the top-k sampling parameter that limits the number of highest probability tokens considered
            during text generation.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        presence_penalty: This is the presence penalty parameter that influences the model's likelihood to repeat information
            by penalizing tokens based on their presence in the text.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        frequency_penalty: This is the frequency penalty parameter that influences the model's likelihood to repeat tokens by
            penalizing them based on their frequency in the text.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        speech_config: This is the speech configuration object that defines the voice settings to be used for the model's
            speech output.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
    """

    _schema: ClassVar[str] = "GoogleRealtimeConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("topP", "top_p"),
        ("topK", "top_k"),
        ("presencePenalty", "presence_penalty"),
        ("frequencyPenalty", "frequency_penalty"),
        ("speechConfig", "speech_config"),
    )

    top_p: float | Unset = UNSET
    top_k: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    speech_config: GeminiMultimodalLiveSpeechConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GoogleRealtimeConfig(data: dict[str, Any], strict: bool) -> GoogleRealtimeConfig | dict[str, Any]:
    """GoogleRealtimeConfig from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "topP" in data:
        v = data["topP"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "topK" in data:
        v = data["topK"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "presencePenalty" in data:
        v = data["presencePenalty"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "frequencyPenalty" in data:
        v = data["frequencyPenalty"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    if "speechConfig" in data:
        v = data["speechConfig"]
        p4 = _FAST["GeminiMultimodalLiveSpeechConfig"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("GeminiMultimodalLiveSpeechConfig", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GoogleRealtimeConfig:
            return GoogleRealtimeConfig(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GoogleRealtimeConfig(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GoogleRealtimeConfig}
            return obj
    return {"topP": p0, "topK": p1, "presencePenalty": p2, "frequencyPenalty": p3, "speechConfig": p4}


_KNOWN_GoogleRealtimeConfig = frozenset(("topP", "topK", "presencePenalty", "frequencyPenalty", "speechConfig"))


def _to_dict_GoogleRealtimeConfig(self: GoogleRealtimeConfig) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.top_p
    if v is not UNSET:
        out["topP"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.top_k
    if v is not UNSET:
        out["topK"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presence_penalty
    if v is not UNSET:
        out["presencePenalty"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.frequency_penalty
    if v is not UNSET:
        out["frequencyPenalty"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.speech_config
    if v is not UNSET:
        out["speechConfig"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GoogleRealtimeConfig._fast_load = _load_GoogleRealtimeConfig
setattr(GoogleRealtimeConfig, "to_dict", _to_dict_GoogleRealtimeConfig)  # noqa: B010 - replaces Model.to_dict

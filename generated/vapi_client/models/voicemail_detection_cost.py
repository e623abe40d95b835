# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.voicemail_detection_cost_provider import (
        VoicemailDetectionCostProvider,
        _VoicemailDetectionCostProviderValues,
    )


__all__ = ["VoicemailDetectionCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VoicemailDetectionCost(Model):
    """VoicemailDetectionCost

    Attributes:
        type_: This is the type of cost, always 'voicemail-detection' for this class.
        model: This is the model that was used to perform the analysis.
        provider: This is the provider that was used to detect the voicemail.
        prompt_text_tokens: This is the number of prompt text tokens used in the voicemail detection.
        prompt_audio_tokens: This is the number of prompt audio tokens used in the voicemail detection.
        completion_text_tokens: This is the number of completion text tokens used in the voicemail detection.
        completion_audio_tokens: This is the number of completion audio tokens used in the voicemail detection.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VoicemailDetectionCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("model", "model"),
        ("provider", "provider"),
        ("promptTextTokens", "prompt_text_tokens"),
        ("promptAudioTokens", "prompt_audio_tokens"),
        ("completionTextTokens", "completion_text_tokens"),
        ("completionAudioTokens", "completion_audio_tokens"),
        ("cost", "cost"),
    )

    type_: Literal["voicemail-detection"]
    model: dict[str, Any]
    provider: VoicemailDetectionCostProvider | _VoicemailDetectionCostProviderValues
    prompt_text_tokens: float
    prompt_audio_tokens: float
    completion_text_tokens: float
    completion_audio_tokens: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VoicemailDetectionCost(data: dict[str, Any], strict: bool) -> VoicemailDetectionCost | dict[str, Any]:
    """VoicemailDetectionCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "voicemail-detection" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = v if type(v) is dict else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "provider" in data:
        v = data["provider"]
        p2 = _MEMBERS["VoicemailDetectionCostProvider"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("VoicemailDetectionCostProvider", v)
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "promptTextTokens" in data:
        v = data["promptTextTokens"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "promptAudioTokens" in data:
        v = data["promptAudioTokens"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "completionTextTokens" in data:
        v = data["completionTextTokens"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    else:
        p5 = _S
        slow = True
    if "completionAudioTokens" in data:
        v = data["completionAudioTokens"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    else:
        p6 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    else:
        p7 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_VoicemailDetectionCost:
            return VoicemailDetectionCost(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VoicemailDetectionCost(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VoicemailDetectionCost}
            return obj
    return {
        "type": p0,
        "model": p1,
        "provider": p2,
        "promptTextTokens": p3,
        "promptAudioTokens": p4,
        "completionTextTokens": p5,
        "completionAudioTokens": p6,
        "cost": p7,
    }


_KNOWN_VoicemailDetectionCost = frozenset(
    (
        "type",
        "model",
        "provider",
        "promptTextTokens",
        "promptAudioTokens",
        "completionTextTokens",
        "completionAudioTokens",
        "cost",
    )
)


def _to_dict_VoicemailDetectionCost(self: VoicemailDetectionCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.prompt_text_tokens
    if v is not UNSET:
        out["promptTextTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prompt_audio_tokens
    if v is not UNSET:
        out["promptAudioTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.completion_text_tokens
    if v is not UNSET:
        out["completionTextTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.completion_audio_tokens
    if v is not UNSET:
        out["completionAudioTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VoicemailDetectionCost._fast_load = _load_VoicemailDetectionCost
setattr(VoicemailDetectionCost, "to_dict", _to_dict_VoicemailDetectionCost)  # noqa: B010 - replaces Model.to_dict

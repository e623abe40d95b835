# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["TurnLatency"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TurnLatency(Model):
    """TurnLatency

    Attributes:
        model_latency: This is the model latency for the first token.
        voice_latency: This is the voice latency from the model output.
        transcriber_latency: This is the transcriber latency from the user speech.
        endpointing_latency: This is the endpointing latency.
        turn_latency: This is the latency for the whole turn.
    """

    _schema: ClassVar[str] = "TurnLatency"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("modelLatency", "model_latency"),
        ("voiceLatency", "voice_latency"),
        ("transcriberLatency", "transcriber_latency"),
        ("endpointingLatency", "endpointing_latency"),
        ("turnLatency", "turn_latency"),
    )

    model_latency: float | Unset = UNSET
    voice_latency: float | Unset = UNSET
    transcriber_latency: float | Unset = UNSET
    endpointing_latency: float | Unset = UNSET
    turn_latency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TurnLatency(data: dict[str, Any], strict: bool) -> TurnLatency | dict[str, Any]:
    """TurnLatency from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "modelLatency" in data:
        v = data["modelLatency"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "voiceLatency" in data:
        v = data["voiceLatency"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "transcriberLatency" in data:
        v = data["transcriberLatency"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "endpointingLatency" in data:
        v = data["endpointingLatency"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    if "turnLatency" in data:
        v = data["turnLatency"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TurnLatency:
            return TurnLatency(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TurnLatency(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TurnLatency}
            return obj
    return {
        "modelLatency": p0,
        "voiceLatency": p1,
        "transcriberLatency": p2,
        "endpointingLatency": p3,
        "turnLatency": p4,
    }


_KNOWN_TurnLatency = frozenset(
    ("modelLatency", "voiceLatency", "transcriberLatency", "endpointingLatency", "turnLatency")
)


def _to_dict_TurnLatency(self: TurnLatency) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.model_latency
    if v is not UNSET:
        out["modelLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice_latency
    if v is not UNSET:
        out["voiceLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transcriber_latency
    if v is not UNSET:
        out["transcriberLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.endpointing_latency
    if v is not UNSET:
        out["endpointingLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.turn_latency
    if v is not UNSET:
        out["turnLatency"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TurnLatency._fast_load = _load_TurnLatency
setattr(TurnLatency, "to_dict", _to_dict_TurnLatency)  # noqa: B010 - replaces Model.to_dict

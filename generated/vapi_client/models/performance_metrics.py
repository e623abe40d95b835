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
    from ..models.turn_latency import TurnLatency


__all__ = ["PerformanceMetrics"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PerformanceMetrics(Model):
    """PerformanceMetrics

    Attributes:
        turn_latencies: These are the individual latencies for each turn.
        model_latency_average: This is the average latency for the model to output the first token.
        voice_latency_average: This is the average latency for the text to speech.
        transcriber_latency_average: This is the average latency for the transcriber.
        endpointing_latency_average: This is the average latency for the endpointing.
        turn_latency_average: This is the average latency for complete turns.
        from_transport_latency_average: This is the average latency for packets received from the transport provider in milliseconds.
        to_transport_latency_average: This is the average latency for packets sent to the transport provider in milliseconds.
        num_user_interrupted: This is the number of times the user was interrupted by the assistant during the call.
        num_assistant_interrupted: This is the number of times the assistant was interrupted by the user during the call.
    """

    _schema: ClassVar[str] = "PerformanceMetrics"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("turnLatencies", "turn_latencies"),
        ("modelLatencyAverage", "model_latency_average"),
        ("voiceLatencyAverage", "voice_latency_average"),
        ("transcriberLatencyAverage", "transcriber_latency_average"),
        ("endpointingLatencyAverage", "endpointing_latency_average"),
        ("turnLatencyAverage", "turn_latency_average"),
        ("fromTransportLatencyAverage", "from_transport_latency_average"),
        ("toTransportLatencyAverage", "to_transport_latency_average"),
        ("numUserInterrupted", "num_user_interrupted"),
        ("numAssistantInterrupted", "num_assistant_interrupted"),
    )

    turn_latencies: list[TurnLatency] | Unset = UNSET
    model_latency_average: float | Unset = UNSET
    voice_latency_average: float | Unset = UNSET
    transcriber_latency_average: float | Unset = UNSET
    endpointing_latency_average: float | Unset = UNSET
    turn_latency_average: float | Unset = UNSET
    from_transport_latency_average: float | Unset = UNSET
    to_transport_latency_average: float | Unset = UNSET
    num_user_interrupted: float | Unset = UNSET
    num_assistant_interrupted: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_PerformanceMetrics_items_6 = _h.Items(("model", "TurnLatency"))


def _load_PerformanceMetrics(data: dict[str, Any], strict: bool) -> PerformanceMetrics | dict[str, Any]:
    """PerformanceMetrics from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "turnLatencies" in data:
        v = data["turnLatencies"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["TurnLatency"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("TurnLatency", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_PerformanceMetrics_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "modelLatencyAverage" in data:
        v = data["modelLatencyAverage"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "voiceLatencyAverage" in data:
        v = data["voiceLatencyAverage"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "transcriberLatencyAverage" in data:
        v = data["transcriberLatencyAverage"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    if "endpointingLatencyAverage" in data:
        v = data["endpointingLatencyAverage"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "turnLatencyAverage" in data:
        v = data["turnLatencyAverage"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if "fromTransportLatencyAverage" in data:
        v = data["fromTransportLatencyAverage"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "toTransportLatencyAverage" in data:
        v = data["toTransportLatencyAverage"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    if "numUserInterrupted" in data:
        v = data["numUserInterrupted"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p8 is _S:
            slow = True
    if "numAssistantInterrupted" in data:
        v = data["numAssistantInterrupted"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p9 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_PerformanceMetrics:
            return PerformanceMetrics(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = PerformanceMetrics(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_PerformanceMetrics}
            return obj
    return {
        "turnLatencies": p0,
        "modelLatencyAverage": p1,
        "voiceLatencyAverage": p2,
        "transcriberLatencyAverage": p3,
        "endpointingLatencyAverage": p4,
        "turnLatencyAverage": p5,
        "fromTransportLatencyAverage": p6,
        "toTransportLatencyAverage": p7,
        "numUserInterrupted": p8,
        "numAssistantInterrupted": p9,
    }


_KNOWN_PerformanceMetrics = frozenset(
    (
        "turnLatencies",
        "modelLatencyAverage",
        "voiceLatencyAverage",
        "transcriberLatencyAverage",
        "endpointingLatencyAverage",
        "turnLatencyAverage",
        "fromTransportLatencyAverage",
        "toTransportLatencyAverage",
        "numUserInterrupted",
        "numAssistantInterrupted",
    )
)


def _to_dict_PerformanceMetrics(self: PerformanceMetrics) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.turn_latencies
    if v is not UNSET:
        out["turnLatencies"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.model_latency_average
    if v is not UNSET:
        out["modelLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice_latency_average
    if v is not UNSET:
        out["voiceLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transcriber_latency_average
    if v is not UNSET:
        out["transcriberLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.endpointing_latency_average
    if v is not UNSET:
        out["endpointingLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.turn_latency_average
    if v is not UNSET:
        out["turnLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.from_transport_latency_average
    if v is not UNSET:
        out["fromTransportLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.to_transport_latency_average
    if v is not UNSET:
        out["toTransportLatencyAverage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.num_user_interrupted
    if v is not UNSET:
        out["numUserInterrupted"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.num_assistant_interrupted
    if v is not UNSET:
        out["numAssistantInterrupted"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


PerformanceMetrics._fast_load = _load_PerformanceMetrics
setattr(PerformanceMetrics, "to_dict", _to_dict_PerformanceMetrics)  # noqa: B010 - replaces Model.to_dict

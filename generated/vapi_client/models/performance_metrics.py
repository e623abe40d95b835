from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.turn_latency import TurnLatency


__all__ = ["PerformanceMetrics"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TurnLatency"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

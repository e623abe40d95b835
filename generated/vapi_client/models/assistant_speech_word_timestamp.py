from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["AssistantSpeechWordTimestamp"]


@_attrs_define(repr=False)
class AssistantSpeechWordTimestamp(Model):
    """AssistantSpeechWordTimestamp

    Attributes:
        word: The full word text (syllables aggregated into complete words).
        start_ms: Start time in milliseconds relative to the segment start.
        end_ms: End time in milliseconds relative to the segment start.
    """

    _schema: ClassVar[str] = "AssistantSpeechWordTimestamp"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("word", "word"),
        ("startMs", "start_ms"),
        ("endMs", "end_ms"),
    )

    word: str
    start_ms: float
    end_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["AssistantSpeechWordAlignmentTiming"]


@_attrs_define(repr=False)
class AssistantSpeechWordAlignmentTiming(Model):
    """AssistantSpeechWordAlignmentTiming

    Attributes:
        type_: Discriminator for exact per-word timing (e.g. ElevenLabs alignment).
        words: The individual words in this audio segment.
        words_start_times_ms: Start time in milliseconds for each word (parallel to `words`).
        words_end_times_ms: End time in milliseconds for each word (parallel to `words`).
    """

    _schema: ClassVar[str] = "AssistantSpeechWordAlignmentTiming"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("words", "words"),
        ("wordsStartTimesMs", "words_start_times_ms"),
        ("wordsEndTimesMs", "words_end_times_ms"),
    )

    type_: Literal["word-alignment"]
    words: list[str]
    words_start_times_ms: list[float]
    words_end_times_ms: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

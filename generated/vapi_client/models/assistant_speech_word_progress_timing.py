from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_speech_word_timestamp import AssistantSpeechWordTimestamp


__all__ = ["AssistantSpeechWordProgressTiming"]


@_attrs_define(repr=False)
class AssistantSpeechWordProgressTiming(Model):
    """AssistantSpeechWordProgressTiming

    Attributes:
        type_: Discriminator for cursor-based word progress (e.g. Minimax subtitle data).
        words_spoken: Number of words spoken so far in this turn.
        total_words: Total number of words sent to the TTS provider for this turn.

            **Important**: this value grows across events within a single turn because
            Minimax synthesizes audio incrementally as the LLM streams tokens. Treat
            it as "best known total so far" — it will stabilize once synthesis is
            complete.

            A value of `0` is a valid sentinel meaning "not yet known". This can occur
            on the very first `assistant-speech` event of a turn if audio begins
            playing before the TTS provider has confirmed word-count data. Clients
            **must** guard against divide-by-zero when computing a progress fraction:

            ```ts
            const pct = totalWords > 0 ? wordsSpoken / totalWords : 0;
            ```
        segment: The text of the latest spoken segment (sentence or clause). Use this
            for caption display — it corresponds to the chunk just confirmed by
            the TTS provider, unlike `text` on the parent message which carries
            the full turn text.
        segment_duration_ms: Audio duration in milliseconds for the latest spoken segment. Pair
            with `segment` to animate karaoke-style word reveals — divide the
            segment text across this duration for approximate per-word timing.
        words: Per-word timestamps for the latest spoken segment. Available when the
            TTS provider supports word-level timing (e.g. Minimax with
            subtitle_type: "word"). Syllables from the provider are aggregated
            into whole words with start/end times relative to the segment start.

            Use these for precise karaoke-style highlighting instead of
            interpolating from segmentDurationMs.
    """

    _schema: ClassVar[str] = "AssistantSpeechWordProgressTiming"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("wordsSpoken", "words_spoken"),
        ("totalWords", "total_words"),
        ("segment", "segment"),
        ("segmentDurationMs", "segment_duration_ms"),
        ("words", "words"),
    )

    type_: Literal["word-progress"]
    words_spoken: float
    total_words: float
    segment: str | Unset = UNSET
    segment_duration_ms: float | Unset = UNSET
    words: list[AssistantSpeechWordTimestamp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

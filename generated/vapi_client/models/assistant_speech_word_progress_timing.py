# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.assistant_speech_word_timestamp import AssistantSpeechWordTimestamp


__all__ = ["AssistantSpeechWordProgressTiming"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_AssistantSpeechWordProgressTiming_items_6 = _h.Items(("model", "AssistantSpeechWordTimestamp"))


def _load_AssistantSpeechWordProgressTiming(
    data: dict[str, Any], strict: bool
) -> AssistantSpeechWordProgressTiming | dict[str, Any]:
    """AssistantSpeechWordProgressTiming from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "word-progress" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "wordsSpoken" in data:
        v = data["wordsSpoken"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "totalWords" in data:
        v = data["totalWords"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "segment" in data:
        v = data["segment"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "segmentDurationMs" in data:
        v = data["segmentDurationMs"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "words" in data:
        v = data["words"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["AssistantSpeechWordTimestamp"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("AssistantSpeechWordTimestamp", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p5 = _R(_AssistantSpeechWordProgressTiming_items_6, out3) if resume5 else out3
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssistantSpeechWordProgressTiming:
            return AssistantSpeechWordProgressTiming(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssistantSpeechWordProgressTiming(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_AssistantSpeechWordProgressTiming
            }
            return obj
    return {"type": p0, "wordsSpoken": p1, "totalWords": p2, "segment": p3, "segmentDurationMs": p4, "words": p5}


_KNOWN_AssistantSpeechWordProgressTiming = frozenset(
    ("type", "wordsSpoken", "totalWords", "segment", "segmentDurationMs", "words")
)


def _to_dict_AssistantSpeechWordProgressTiming(self: AssistantSpeechWordProgressTiming) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.words_spoken
    if v is not UNSET:
        out["wordsSpoken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.total_words
    if v is not UNSET:
        out["totalWords"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.segment
    if v is not UNSET:
        out["segment"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.segment_duration_ms
    if v is not UNSET:
        out["segmentDurationMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.words
    if v is not UNSET:
        out["words"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssistantSpeechWordProgressTiming._fast_load = _load_AssistantSpeechWordProgressTiming
setattr(AssistantSpeechWordProgressTiming, "to_dict", _to_dict_AssistantSpeechWordProgressTiming)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["AssistantSpeechWordAlignmentTiming"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AssistantSpeechWordAlignmentTiming(
    data: dict[str, Any], strict: bool
) -> AssistantSpeechWordAlignmentTiming | dict[str, Any]:
    """AssistantSpeechWordAlignmentTiming from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "word-alignment" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "words" in data:
        v = data["words"]
        p1 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "wordsStartTimesMs" in data:
        v = data["wordsStartTimesMs"]
        p2 = v[:] if type(v) is list and all((type(e) is int or (type(e) is float and e - e == 0)) for e in v) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "wordsEndTimesMs" in data:
        v = data["wordsEndTimesMs"]
        p3 = v[:] if type(v) is list and all((type(e) is int or (type(e) is float and e - e == 0)) for e in v) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssistantSpeechWordAlignmentTiming:
            return AssistantSpeechWordAlignmentTiming(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssistantSpeechWordAlignmentTiming(p0, p1, p2, p3)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_AssistantSpeechWordAlignmentTiming
            }
            return obj
    return {"type": p0, "words": p1, "wordsStartTimesMs": p2, "wordsEndTimesMs": p3}


_KNOWN_AssistantSpeechWordAlignmentTiming = frozenset(("type", "words", "wordsStartTimesMs", "wordsEndTimesMs"))


def _to_dict_AssistantSpeechWordAlignmentTiming(self: AssistantSpeechWordAlignmentTiming) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.words
    if v is not UNSET:
        out["words"] = _h.fresh(v)
    v = self.words_start_times_ms
    if v is not UNSET:
        out["wordsStartTimesMs"] = _h.fresh(v)
    v = self.words_end_times_ms
    if v is not UNSET:
        out["wordsEndTimesMs"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssistantSpeechWordAlignmentTiming._fast_load = _load_AssistantSpeechWordAlignmentTiming
setattr(AssistantSpeechWordAlignmentTiming, "to_dict", _to_dict_AssistantSpeechWordAlignmentTiming)  # noqa: B010 - replaces Model.to_dict

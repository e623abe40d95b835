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
from ..types import UNSET

__all__ = ["AssistantSpeechWordTimestamp"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AssistantSpeechWordTimestamp(
    data: dict[str, Any], strict: bool
) -> AssistantSpeechWordTimestamp | dict[str, Any]:
    """AssistantSpeechWordTimestamp from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "word" in data:
        v = data["word"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "startMs" in data:
        v = data["startMs"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "endMs" in data:
        v = data["endMs"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_AssistantSpeechWordTimestamp:
            return AssistantSpeechWordTimestamp(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AssistantSpeechWordTimestamp(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AssistantSpeechWordTimestamp}
            return obj
    return {"word": p0, "startMs": p1, "endMs": p2}


_KNOWN_AssistantSpeechWordTimestamp = frozenset(("word", "startMs", "endMs"))


def _to_dict_AssistantSpeechWordTimestamp(self: AssistantSpeechWordTimestamp) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.word
    if v is not UNSET:
        out["word"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.start_ms
    if v is not UNSET:
        out["startMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.end_ms
    if v is not UNSET:
        out["endMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AssistantSpeechWordTimestamp._fast_load = _load_AssistantSpeechWordTimestamp
setattr(AssistantSpeechWordTimestamp, "to_dict", _to_dict_AssistantSpeechWordTimestamp)  # noqa: B010 - replaces Model.to_dict

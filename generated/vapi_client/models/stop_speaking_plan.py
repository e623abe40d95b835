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

__all__ = ["StopSpeakingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class StopSpeakingPlan(Model):
    """StopSpeakingPlan

    Attributes:
        num_words: This is the number of words that the customer has to say before the assistant will stop talking.

            Words like "stop", "actually", "no", etc. will always interrupt immediately regardless of this
            value.

            Words like "okay", "yeah", "right" will never interrupt.

            When set to 0, `voiceSeconds` is used in addition to the transcriptions to determine the customer
            has started speaking.

            Defaults to 0.

            @default 0
        voice_seconds: This is the seconds customer has to speak before the assistant stops talking. This uses the VAD
            (Voice Activity Detection) spike to determine if the customer has started speaking.

            Considerations:
            - A lower value might be more responsive but could potentially pick up non-speech sounds.
            - A higher value reduces false positives but might slightly delay the detection of speech onset.

            This is only used if `numWords` is set to 0.

            Defaults to 0.2

            @default 0.2
        backoff_seconds: This is the seconds to wait before the assistant will start talking again after being interrupted.

            Defaults to 1.

            @default 1
        acknowledgement_phrases: These are the phrases that will never interrupt the assistant, even if numWords threshold is met.
            These are typically acknowledgement or backchanneling phrases.
        interruption_phrases: These are the phrases that will always interrupt the assistant immediately, regardless of numWords.
            These are typically phrases indicating disagreement or desire to stop.
    """

    _schema: ClassVar[str] = "StopSpeakingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("numWords", "num_words"),
        ("voiceSeconds", "voice_seconds"),
        ("backoffSeconds", "backoff_seconds"),
        ("acknowledgementPhrases", "acknowledgement_phrases"),
        ("interruptionPhrases", "interruption_phrases"),
    )

    num_words: float | Unset = UNSET
    voice_seconds: float | Unset = UNSET
    backoff_seconds: float | Unset = UNSET
    acknowledgement_phrases: list[str] | Unset = UNSET
    interruption_phrases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_StopSpeakingPlan(data: dict[str, Any], strict: bool) -> StopSpeakingPlan | dict[str, Any]:
    """StopSpeakingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "numWords" in data:
        v = data["numWords"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 10 else _S
        if p0 is _S:
            slow = True
    if "voiceSeconds" in data:
        v = data["voiceSeconds"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 0.5 else _S
        if p1 is _S:
            slow = True
    if "backoffSeconds" in data:
        v = data["backoffSeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 10 else _S
        if p2 is _S:
            slow = True
    if "acknowledgementPhrases" in data:
        v = data["acknowledgementPhrases"]
        p3 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 240 for e in v) else _S
        if p3 is _S:
            slow = True
    if "interruptionPhrases" in data:
        v = data["interruptionPhrases"]
        p4 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 240 for e in v) else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_StopSpeakingPlan:
            return StopSpeakingPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = StopSpeakingPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_StopSpeakingPlan}
            return obj
    return {
        "numWords": p0,
        "voiceSeconds": p1,
        "backoffSeconds": p2,
        "acknowledgementPhrases": p3,
        "interruptionPhrases": p4,
    }


_KNOWN_StopSpeakingPlan = frozenset(
    ("numWords", "voiceSeconds", "backoffSeconds", "acknowledgementPhrases", "interruptionPhrases")
)


def _to_dict_StopSpeakingPlan(self: StopSpeakingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.num_words
    if v is not UNSET:
        out["numWords"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voice_seconds
    if v is not UNSET:
        out["voiceSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.backoff_seconds
    if v is not UNSET:
        out["backoffSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.acknowledgement_phrases
    if v is not UNSET:
        out["acknowledgementPhrases"] = _h.fresh(v)
    v = self.interruption_phrases
    if v is not UNSET:
        out["interruptionPhrases"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


StopSpeakingPlan._fast_load = _load_StopSpeakingPlan
setattr(StopSpeakingPlan, "to_dict", _to_dict_StopSpeakingPlan)  # noqa: B010 - replaces Model.to_dict

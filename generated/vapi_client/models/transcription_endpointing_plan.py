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

__all__ = ["TranscriptionEndpointingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TranscriptionEndpointingPlan(Model):
    """TranscriptionEndpointingPlan

    Attributes:
        on_punctuation_seconds: The minimum number of seconds to wait after transcription ending with punctuation before sending a
            request to the model. Defaults to 0.1.

            This setting exists because the transcriber punctuates the transcription when it's more confident
            that customer has completed a thought.

            @default 0.1
        on_no_punctuation_seconds: The minimum number of seconds to wait after transcription ending without punctuation before sending
            a request to the model. Defaults to 1.5.

            This setting exists to catch the cases where the transcriber was not confident enough to punctuate
            the transcription, but the customer is done and has been silent for a long time.

            @default 1.5
        on_number_seconds: The minimum number of seconds to wait after transcription ending with a number before sending a
            request to the model. Defaults to 0.4.

            This setting exists because the transcriber will sometimes punctuate the transcription ending with a
            number, even though the customer hasn't uttered the full number. This happens commonly for long
            numbers when the customer reads the number in chunks.

            @default 0.5
    """

    _schema: ClassVar[str] = "TranscriptionEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("onPunctuationSeconds", "on_punctuation_seconds"),
        ("onNoPunctuationSeconds", "on_no_punctuation_seconds"),
        ("onNumberSeconds", "on_number_seconds"),
    )

    on_punctuation_seconds: float | Unset = UNSET
    on_no_punctuation_seconds: float | Unset = UNSET
    on_number_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TranscriptionEndpointingPlan(
    data: dict[str, Any], strict: bool
) -> TranscriptionEndpointingPlan | dict[str, Any]:
    """TranscriptionEndpointingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "onPunctuationSeconds" in data:
        v = data["onPunctuationSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 3 else _S
        if p0 is _S:
            slow = True
    if "onNoPunctuationSeconds" in data:
        v = data["onNoPunctuationSeconds"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 3 else _S
        if p1 is _S:
            slow = True
    if "onNumberSeconds" in data:
        v = data["onNumberSeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 3 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TranscriptionEndpointingPlan:
            return TranscriptionEndpointingPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TranscriptionEndpointingPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TranscriptionEndpointingPlan}
            return obj
    return {"onPunctuationSeconds": p0, "onNoPunctuationSeconds": p1, "onNumberSeconds": p2}


_KNOWN_TranscriptionEndpointingPlan = frozenset(("onPunctuationSeconds", "onNoPunctuationSeconds", "onNumberSeconds"))


def _to_dict_TranscriptionEndpointingPlan(self: TranscriptionEndpointingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.on_punctuation_seconds
    if v is not UNSET:
        out["onPunctuationSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.on_no_punctuation_seconds
    if v is not UNSET:
        out["onNoPunctuationSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.on_number_seconds
    if v is not UNSET:
        out["onNumberSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TranscriptionEndpointingPlan._fast_load = _load_TranscriptionEndpointingPlan
setattr(TranscriptionEndpointingPlan, "to_dict", _to_dict_TranscriptionEndpointingPlan)  # noqa: B010 - replaces Model.to_dict

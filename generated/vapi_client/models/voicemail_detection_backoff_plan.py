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

__all__ = ["VoicemailDetectionBackoffPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VoicemailDetectionBackoffPlan(Model):
    """VoicemailDetectionBackoffPlan

    Attributes:
        start_at_seconds: This is the number of seconds to wait before starting the first retry attempt.
        frequency_seconds: This is the interval in seconds between retry attempts.
        max_retries: This is the maximum number of retry attempts before giving up.
    """

    _schema: ClassVar[str] = "VoicemailDetectionBackoffPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("startAtSeconds", "start_at_seconds"),
        ("frequencySeconds", "frequency_seconds"),
        ("maxRetries", "max_retries"),
    )

    start_at_seconds: float | Unset = UNSET
    frequency_seconds: float | Unset = UNSET
    max_retries: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VoicemailDetectionBackoffPlan(
    data: dict[str, Any], strict: bool
) -> VoicemailDetectionBackoffPlan | dict[str, Any]:
    """VoicemailDetectionBackoffPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "startAtSeconds" in data:
        v = data["startAtSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p0 is _S:
            slow = True
    if "frequencySeconds" in data:
        v = data["frequencySeconds"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 2.5 else _S
        if p1 is _S:
            slow = True
    if "maxRetries" in data:
        v = data["maxRetries"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 10 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VoicemailDetectionBackoffPlan:
            return VoicemailDetectionBackoffPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VoicemailDetectionBackoffPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VoicemailDetectionBackoffPlan}
            return obj
    return {"startAtSeconds": p0, "frequencySeconds": p1, "maxRetries": p2}


_KNOWN_VoicemailDetectionBackoffPlan = frozenset(("startAtSeconds", "frequencySeconds", "maxRetries"))


def _to_dict_VoicemailDetectionBackoffPlan(self: VoicemailDetectionBackoffPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.start_at_seconds
    if v is not UNSET:
        out["startAtSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.frequency_seconds
    if v is not UNSET:
        out["frequencySeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_retries
    if v is not UNSET:
        out["maxRetries"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VoicemailDetectionBackoffPlan._fast_load = _load_VoicemailDetectionBackoffPlan
setattr(VoicemailDetectionBackoffPlan, "to_dict", _to_dict_VoicemailDetectionBackoffPlan)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["SchedulePlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SchedulePlan(Model):
    """SchedulePlan

    Attributes:
        earliest_at: This is the ISO 8601 date-time string of the earliest time the call can be scheduled.
        latest_at: This is the ISO 8601 date-time string of the latest time the call can be scheduled.
    """

    _schema: ClassVar[str] = "SchedulePlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("earliestAt", "earliest_at"),
        ("latestAt", "latest_at"),
    )

    earliest_at: datetime.datetime
    latest_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SchedulePlan(data: dict[str, Any], strict: bool) -> SchedulePlan | dict[str, Any]:
    """SchedulePlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "earliestAt" in data:
        v = data["earliestAt"]
        p0 = _h.datetime_or_slow(v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "latestAt" in data:
        v = data["latestAt"]
        p1 = _h.datetime_or_slow(v)
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SchedulePlan:
            return SchedulePlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SchedulePlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SchedulePlan}
            return obj
    return {"earliestAt": p0, "latestAt": p1}


_KNOWN_SchedulePlan = frozenset(("earliestAt", "latestAt"))


def _to_dict_SchedulePlan(self: SchedulePlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.earliest_at
    if v is not UNSET:
        out["earliestAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.latest_at
    if v is not UNSET:
        out["latestAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SchedulePlan._fast_load = _load_SchedulePlan
setattr(SchedulePlan, "to_dict", _to_dict_SchedulePlan)  # noqa: B010 - replaces Model.to_dict

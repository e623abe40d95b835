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

__all__ = ["SubscriptionLimits"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SubscriptionLimits(Model):
    """SubscriptionLimits

    Attributes:
        concurrency_blocked: True if this call was blocked by the Call Concurrency limit
        concurrency_limit: Account Call Concurrency limit
        remaining_concurrent_calls: Incremental number of concurrent calls that will be allowed, including this call
    """

    _schema: ClassVar[str] = "SubscriptionLimits"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("concurrencyBlocked", "concurrency_blocked"),
        ("concurrencyLimit", "concurrency_limit"),
        ("remainingConcurrentCalls", "remaining_concurrent_calls"),
    )

    concurrency_blocked: bool | Unset = UNSET
    concurrency_limit: float | Unset = UNSET
    remaining_concurrent_calls: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SubscriptionLimits(data: dict[str, Any], strict: bool) -> SubscriptionLimits | dict[str, Any]:
    """SubscriptionLimits from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "concurrencyBlocked" in data:
        v = data["concurrencyBlocked"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "concurrencyLimit" in data:
        v = data["concurrencyLimit"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "remainingConcurrentCalls" in data:
        v = data["remainingConcurrentCalls"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SubscriptionLimits:
            return SubscriptionLimits(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SubscriptionLimits(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SubscriptionLimits}
            return obj
    return {"concurrencyBlocked": p0, "concurrencyLimit": p1, "remainingConcurrentCalls": p2}


_KNOWN_SubscriptionLimits = frozenset(("concurrencyBlocked", "concurrencyLimit", "remainingConcurrentCalls"))


def _to_dict_SubscriptionLimits(self: SubscriptionLimits) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.concurrency_blocked
    if v is not UNSET:
        out["concurrencyBlocked"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.concurrency_limit
    if v is not UNSET:
        out["concurrencyLimit"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.remaining_concurrent_calls
    if v is not UNSET:
        out["remainingConcurrentCalls"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SubscriptionLimits._fast_load = _load_SubscriptionLimits
setattr(SubscriptionLimits, "to_dict", _to_dict_SubscriptionLimits)  # noqa: B010 - replaces Model.to_dict

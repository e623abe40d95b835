# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backoff_plan_type import BackoffPlanType, _BackoffPlanTypeValues


__all__ = ["BackoffPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class BackoffPlan(Model):
    """BackoffPlan

    Attributes:
        type_: This is the type of backoff plan to use. Defaults to fixed.

            @default fixed
        max_retries: This is the maximum number of retries to attempt if the request fails. Defaults to 0 (no retries).

            @default 0
        base_delay_seconds: This is the base delay in seconds. For linear backoff, this is the delay between each retry. For
            exponential backoff, this is the initial delay.
        excluded_status_codes: This is the excluded status codes. If the response status code is in this list, the request will not
            be retried.
            By default, the request will be retried for any non-2xx status code.
    """

    _schema: ClassVar[str] = "BackoffPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("maxRetries", "max_retries"),
        ("baseDelaySeconds", "base_delay_seconds"),
        ("excludedStatusCodes", "excluded_status_codes"),
    )

    type_: BackoffPlanType | _BackoffPlanTypeValues
    max_retries: float
    base_delay_seconds: float
    excluded_status_codes: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_BackoffPlan(data: dict[str, Any], strict: bool) -> BackoffPlan | dict[str, Any]:
    """BackoffPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = _MEMBERS["BackoffPlanType"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("BackoffPlanType", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "maxRetries" in data:
        v = data["maxRetries"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 10 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "baseDelaySeconds" in data:
        v = data["baseDelaySeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 10 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "excludedStatusCodes" in data:
        v = data["excludedStatusCodes"]
        p3 = v[:] if type(v) is list and all(type(e) is int for e in v) else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BackoffPlan:
            return BackoffPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BackoffPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BackoffPlan}
            return obj
    return {"type": p0, "maxRetries": p1, "baseDelaySeconds": p2, "excludedStatusCodes": p3}


_KNOWN_BackoffPlan = frozenset(("type", "maxRetries", "baseDelaySeconds", "excludedStatusCodes"))


def _to_dict_BackoffPlan(self: BackoffPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.max_retries
    if v is not UNSET:
        out["maxRetries"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.base_delay_seconds
    if v is not UNSET:
        out["baseDelaySeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.excluded_status_codes
    if v is not UNSET:
        out["excludedStatusCodes"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BackoffPlan._fast_load = _load_BackoffPlan
setattr(BackoffPlan, "to_dict", _to_dict_BackoffPlan)  # noqa: B010 - replaces Model.to_dict

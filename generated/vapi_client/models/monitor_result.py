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

__all__ = ["MonitorResult"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MonitorResult(Model):
    """MonitorResult

    Attributes:
        monitor_id:
        filter_passed:
    """

    _schema: ClassVar[str] = "MonitorResult"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("monitorId", "monitor_id"),
        ("filterPassed", "filter_passed"),
    )

    monitor_id: str
    filter_passed: bool
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MonitorResult(data: dict[str, Any], strict: bool) -> MonitorResult | dict[str, Any]:
    """MonitorResult from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "monitorId" in data:
        v = data["monitorId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "filterPassed" in data:
        v = data["filterPassed"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_MonitorResult:
            return MonitorResult(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MonitorResult(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MonitorResult}
            return obj
    return {"monitorId": p0, "filterPassed": p1}


_KNOWN_MonitorResult = frozenset(("monitorId", "filterPassed"))


def _to_dict_MonitorResult(self: MonitorResult) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.monitor_id
    if v is not UNSET:
        out["monitorId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.filter_passed
    if v is not UNSET:
        out["filterPassed"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MonitorResult._fast_load = _load_MonitorResult
setattr(MonitorResult, "to_dict", _to_dict_MonitorResult)  # noqa: B010 - replaces Model.to_dict

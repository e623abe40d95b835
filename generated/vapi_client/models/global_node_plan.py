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

__all__ = ["GlobalNodePlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GlobalNodePlan(Model):
    """GlobalNodePlan

    Attributes:
        enabled: This is the flag to determine if this node is a global node

            @default false
        enter_condition: This is the condition that will be checked to determine if the global node should be executed.

            @default ''
    """

    _schema: ClassVar[str] = "GlobalNodePlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("enterCondition", "enter_condition"),
    )

    enabled: bool | Unset = UNSET
    enter_condition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GlobalNodePlan(data: dict[str, Any], strict: bool) -> GlobalNodePlan | dict[str, Any]:
    """GlobalNodePlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "enterCondition" in data:
        v = data["enterCondition"]
        p1 = v if type(v) is str and len(v) <= 1000 else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GlobalNodePlan:
            return GlobalNodePlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GlobalNodePlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GlobalNodePlan}
            return obj
    return {"enabled": p0, "enterCondition": p1}


_KNOWN_GlobalNodePlan = frozenset(("enabled", "enterCondition"))


def _to_dict_GlobalNodePlan(self: GlobalNodePlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.enter_condition
    if v is not UNSET:
        out["enterCondition"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GlobalNodePlan._fast_load = _load_GlobalNodePlan
setattr(GlobalNodePlan, "to_dict", _to_dict_GlobalNodePlan)  # noqa: B010 - replaces Model.to_dict

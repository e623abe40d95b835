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

__all__ = ["ContextEngineeringPlanNone"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ContextEngineeringPlanNone(Model):
    """ContextEngineeringPlanNone

    Attributes:
        type_:
    """

    _schema: ClassVar[str] = "ContextEngineeringPlanNone"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type_"),)

    type_: Literal["none"]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ContextEngineeringPlanNone(data: dict[str, Any], strict: bool) -> ContextEngineeringPlanNone | dict[str, Any]:
    """ContextEngineeringPlanNone from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "none" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ContextEngineeringPlanNone:
            return ContextEngineeringPlanNone(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ContextEngineeringPlanNone(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ContextEngineeringPlanNone}
            return obj
    return {"type": p0}


_KNOWN_ContextEngineeringPlanNone = frozenset(("type",))


def _to_dict_ContextEngineeringPlanNone(self: ContextEngineeringPlanNone) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ContextEngineeringPlanNone._fast_load = _load_ContextEngineeringPlanNone
setattr(ContextEngineeringPlanNone, "to_dict", _to_dict_ContextEngineeringPlanNone)  # noqa: B010 - replaces Model.to_dict

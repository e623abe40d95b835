# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.vapi_cost_sub_type import VapiCostSubType, _VapiCostSubTypeValues


__all__ = ["VapiCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiCost(Model):
    """VapiCost

    Attributes:
        type_: This is the type of cost, always 'vapi' for this class.
        sub_type: This is the sub type of the cost.
        minutes: This is the minutes of Vapi usage. This should match `call.endedAt` - `call.startedAt`.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VapiCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("subType", "sub_type"),
        ("minutes", "minutes"),
        ("cost", "cost"),
    )

    type_: Literal["vapi"]
    sub_type: VapiCostSubType | _VapiCostSubTypeValues
    minutes: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiCost(data: dict[str, Any], strict: bool) -> VapiCost | dict[str, Any]:
    """VapiCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "vapi" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "subType" in data:
        v = data["subType"]
        p1 = _MEMBERS["VapiCostSubType"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("VapiCostSubType", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "minutes" in data:
        v = data["minutes"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiCost:
            return VapiCost(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiCost(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiCost}
            return obj
    return {"type": p0, "subType": p1, "minutes": p2, "cost": p3}


_KNOWN_VapiCost = frozenset(("type", "subType", "minutes", "cost"))


def _to_dict_VapiCost(self: VapiCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sub_type
    if v is not UNSET:
        out["subType"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.minutes
    if v is not UNSET:
        out["minutes"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiCost._fast_load = _load_VapiCost
setattr(VapiCost, "to_dict", _to_dict_VapiCost)  # noqa: B010 - replaces Model.to_dict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transport_cost_provider import TransportCostProvider, _TransportCostProviderValues


__all__ = ["TransportCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransportCost(Model):
    """TransportCost

    Attributes:
        type_: This is the type of cost, always 'transport' for this class.
        minutes: This is the minutes of `transport` usage. This should match `call.endedAt` - `call.startedAt`.
        cost: This is the cost of the component in USD.
        provider:
    """

    _schema: ClassVar[str] = "TransportCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("minutes", "minutes"),
        ("cost", "cost"),
        ("provider", "provider"),
    )

    type_: Literal["transport"]
    minutes: float
    cost: float
    provider: TransportCostProvider | _TransportCostProviderValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TransportCost(data: dict[str, Any], strict: bool) -> TransportCost | dict[str, Any]:
    """TransportCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "transport" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "minutes" in data:
        v = data["minutes"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "provider" in data:
        v = data["provider"]
        p3 = _MEMBERS["TransportCostProvider"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and True:
            p3 = _h.open_member("TransportCostProvider", v)
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransportCost:
            return TransportCost(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransportCost(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransportCost}
            return obj
    return {"type": p0, "minutes": p1, "cost": p2, "provider": p3}


_KNOWN_TransportCost = frozenset(("type", "minutes", "cost", "provider"))


def _to_dict_TransportCost(self: TransportCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
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


TransportCost._fast_load = _load_TransportCost
setattr(TransportCost, "to_dict", _to_dict_TransportCost)  # noqa: B010 - replaces Model.to_dict

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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.condition_operator import ConditionOperator, _ConditionOperatorValues


__all__ = ["Condition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Condition(Model):
    """Condition

    Attributes:
        operator: This is the operator you want to use to compare the parameter and value.
        param: This is the name of the parameter that you want to check.
        value: This is the value you want to compare against the parameter.
    """

    _schema: ClassVar[str] = "Condition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("operator", "operator"),
        ("param", "param"),
        ("value", "value"),
    )

    operator: ConditionOperator | _ConditionOperatorValues
    param: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Condition(data: dict[str, Any], strict: bool) -> Condition | dict[str, Any]:
    """Condition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "operator" in data:
        v = data["operator"]
        p0 = _MEMBERS["ConditionOperator"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and not strict:
            p0 = _h.open_member("ConditionOperator", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "param" in data:
        v = data["param"]
        p1 = v if type(v) is str and len(v) <= 1000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "value" in data:
        v = data["value"]
        p2 = v if type(v) is str and len(v) <= 1000 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_Condition:
            return Condition(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Condition(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Condition}
            return obj
    return {"operator": p0, "param": p1, "value": p2}


_KNOWN_Condition = frozenset(("operator", "param", "value"))


def _to_dict_Condition(self: Condition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.operator
    if v is not UNSET:
        out["operator"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.param
    if v is not UNSET:
        out["param"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Condition._fast_load = _load_Condition
setattr(Condition, "to_dict", _to_dict_Condition)  # noqa: B010 - replaces Model.to_dict

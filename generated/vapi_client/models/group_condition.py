# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.group_condition_operator import GroupConditionOperator, _GroupConditionOperatorValues
    from ..models.liquid_condition import LiquidCondition
    from ..models.regex_condition import RegexCondition
    from ..models.unknown_variants import UnknownGroupConditionConditions


__all__ = ["GroupCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GroupCondition(Model):
    """GroupCondition

    Attributes:
        type_: This is the type discriminator for group condition
        operator: This is the logical operator for combining conditions in this group
        conditions: This is the list of nested conditions to evaluate.
            Supports recursive nesting of groups for complex logic.
    """

    _schema: ClassVar[str] = "GroupCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("operator", "operator"),
        ("conditions", "conditions"),
    )

    type_: Literal["group"]
    operator: GroupConditionOperator | _GroupConditionOperatorValues
    conditions: list[RegexCondition | LiquidCondition | GroupCondition | UnknownGroupConditionConditions]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_GroupConditionConditions = _h.alternatives("GroupConditionConditions")
_GroupCondition_items_8 = _h.Items(("union", "GroupConditionConditions"))


def _load_GroupCondition(data: dict[str, Any], strict: bool) -> GroupCondition | dict[str, Any]:
    """GroupCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "group" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "operator" in data:
        v = data["operator"]
        p1 = _MEMBERS["GroupConditionOperator"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("GroupConditionOperator", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "conditions" in data:
        v = data["conditions"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_GroupConditionConditions[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_GroupCondition_items_8, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_GroupCondition:
            return GroupCondition(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GroupCondition(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GroupCondition}
            return obj
    return {"type": p0, "operator": p1, "conditions": p2}


_KNOWN_GroupCondition = frozenset(("type", "operator", "conditions"))


def _to_dict_GroupCondition(self: GroupCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.operator
    if v is not UNSET:
        out["operator"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.conditions
    if v is not UNSET:
        out["conditions"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GroupCondition._fast_load = _load_GroupCondition
setattr(GroupCondition, "to_dict", _to_dict_GroupCondition)  # noqa: B010 - replaces Model.to_dict

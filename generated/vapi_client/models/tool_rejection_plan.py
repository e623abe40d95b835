# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_condition import GroupCondition
    from ..models.liquid_condition import LiquidCondition
    from ..models.regex_condition import RegexCondition
    from ..models.unknown_variants import UnknownGroupConditionConditions


__all__ = ["ToolRejectionPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolRejectionPlan(Model):
    """ToolRejectionPlan

    Attributes:
        conditions: This is the list of conditions that must be evaluated.

            Usage:
            - If all conditions match (AND logic), the tool call is rejected.
            - For OR logic at the top level, use a single 'group' condition with operator: 'OR'.

            @default [] - Empty array means tool always executes
    """

    _schema: ClassVar[str] = "ToolRejectionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("conditions", "conditions"),)

    conditions: list[RegexCondition | LiquidCondition | GroupCondition | UnknownGroupConditionConditions] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_GroupConditionConditions = _h.alternatives("GroupConditionConditions")
_ToolRejectionPlan_items_8 = _h.Items(("union", "GroupConditionConditions"))


def _load_ToolRejectionPlan(data: dict[str, Any], strict: bool) -> ToolRejectionPlan | dict[str, Any]:
    """ToolRejectionPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
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
            p0 = _R(_ToolRejectionPlan_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolRejectionPlan:
            return ToolRejectionPlan(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolRejectionPlan(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolRejectionPlan}
            return obj
    return {"conditions": p0}


_KNOWN_ToolRejectionPlan = frozenset(("conditions",))


def _to_dict_ToolRejectionPlan(self: ToolRejectionPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conditions
    if v is not UNSET:
        out["conditions"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolRejectionPlan._fast_load = _load_ToolRejectionPlan
setattr(ToolRejectionPlan, "to_dict", _to_dict_ToolRejectionPlan)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.number_comparator_scorecard_metric_condition_comparator import (
        NumberComparatorScorecardMetricConditionComparator,
        _NumberComparatorScorecardMetricConditionComparatorValues,
    )


__all__ = ["NumberComparatorScorecardMetricCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class NumberComparatorScorecardMetricCondition(Model):
    """NumberComparatorScorecardMetricCondition

    Attributes:
        type_: This is the type of the condition. Currently only 'comparator' is supported.
        comparator: This is the comparator that will be used to compare the result of the structured output with the
            value specified.
            Only '=', '!=', '>', '<', '>=', and '<=' are supported for number conditions
            Only '=' is supported for boolean conditions.
        value: This is the value that will be used to compare the result of the structured output with the
            comparator.
            If the result of the comparison is true, the points will be added to the overall score.
        points: These are the points that will be added to the overall score if the condition is met.
            The points must be between 0 and 100.
    """

    _schema: ClassVar[str] = "NumberComparatorScorecardMetricCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("comparator", "comparator"),
        ("value", "value"),
        ("points", "points"),
    )

    type_: Literal["comparator"]
    comparator: (
        NumberComparatorScorecardMetricConditionComparator | _NumberComparatorScorecardMetricConditionComparatorValues
    )
    value: float
    points: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_NumberComparatorScorecardMetricCondition(
    data: dict[str, Any], strict: bool
) -> NumberComparatorScorecardMetricCondition | dict[str, Any]:
    """NumberComparatorScorecardMetricCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "comparator" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "comparator" in data:
        v = data["comparator"]
        p1 = _MEMBERS["NumberComparatorScorecardMetricConditionComparator"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("NumberComparatorScorecardMetricConditionComparator", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "value" in data:
        v = data["value"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "points" in data:
        v = data["points"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 100 else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_NumberComparatorScorecardMetricCondition:
            return NumberComparatorScorecardMetricCondition(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = NumberComparatorScorecardMetricCondition(p0, p1, p2, p3)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_NumberComparatorScorecardMetricCondition
            }
            return obj
    return {"type": p0, "comparator": p1, "value": p2, "points": p3}


_KNOWN_NumberComparatorScorecardMetricCondition = frozenset(("type", "comparator", "value", "points"))


def _to_dict_NumberComparatorScorecardMetricCondition(self: NumberComparatorScorecardMetricCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.comparator
    if v is not UNSET:
        out["comparator"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.points
    if v is not UNSET:
        out["points"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


NumberComparatorScorecardMetricCondition._fast_load = _load_NumberComparatorScorecardMetricCondition
setattr(NumberComparatorScorecardMetricCondition, "to_dict", _to_dict_NumberComparatorScorecardMetricCondition)  # noqa: B010 - replaces Model.to_dict

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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.boolean_comparator_scorecard_metric_condition import BooleanComparatorScorecardMetricCondition
    from ..models.number_comparator_scorecard_metric_condition import NumberComparatorScorecardMetricCondition


__all__ = ["ScorecardMetric"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ScorecardMetric(Model):
    """ScorecardMetric

    Attributes:
        conditions: These are the conditions that will be used to evaluate the scorecard.
            Each condition will have a comparator, value, and points that will be used to calculate the final
            score.
            The points will be added to the overall score if the condition is met.
            The overall score will be normalized to a 100 point scale to ensure uniformity across different
            scorecards.
        structured_output_id: This is the unique identifier for the structured output that will be used to evaluate the scorecard.
            The structured output must be of type number or boolean only for now.
    """

    _schema: ClassVar[str] = "ScorecardMetric"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("conditions", "conditions"),
        ("structuredOutputId", "structured_output_id"),
    )

    conditions: list[NumberComparatorScorecardMetricCondition | BooleanComparatorScorecardMetricCondition]
    structured_output_id: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ScorecardMetric_one_of_6 = _h.OneOf(
    ("model", "NumberComparatorScorecardMetricCondition"), ("model", "BooleanComparatorScorecardMetricCondition")
)
_ScorecardMetric_items_7 = _h.Items(
    (
        "oneof",
        ("model", "NumberComparatorScorecardMetricCondition"),
        ("model", "BooleanComparatorScorecardMetricCondition"),
    )
)


def _load_ScorecardMetric(data: dict[str, Any], strict: bool) -> ScorecardMetric | dict[str, Any]:
    """ScorecardMetric from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "conditions" in data:
        v = data["conditions"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _ScorecardMetric_one_of_6(e1, strict)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_ScorecardMetric_items_7, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "structuredOutputId" in data:
        v = data["structuredOutputId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ScorecardMetric:
            return ScorecardMetric(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ScorecardMetric(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ScorecardMetric}
            return obj
    return {"conditions": p0, "structuredOutputId": p1}


_KNOWN_ScorecardMetric = frozenset(("conditions", "structuredOutputId"))


def _to_dict_ScorecardMetric(self: ScorecardMetric) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conditions
    if v is not UNSET:
        out["conditions"] = [_h.dump_json(i8) for i8 in v] if type(v) is list else _h.fresh(v)
    v = self.structured_output_id
    if v is not UNSET:
        out["structuredOutputId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ScorecardMetric._fast_load = _load_ScorecardMetric
setattr(ScorecardMetric, "to_dict", _to_dict_ScorecardMetric)  # noqa: B010 - replaces Model.to_dict

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.number_comparator_scorecard_metric_condition_comparator import (
        NumberComparatorScorecardMetricConditionComparator,
    )


__all__ = ["NumberComparatorScorecardMetricCondition"]


@_attrs_define(repr=False)
class NumberComparatorScorecardMetricCondition(Model):
    """NumberComparatorScorecardMetricCondition

    Attributes:
        type_: This is the type of the condition. Currently only 'comparator' is supported.
        comparator:
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
    comparator: NumberComparatorScorecardMetricConditionComparator
    value: float
    points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

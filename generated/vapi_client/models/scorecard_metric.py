from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.boolean_comparator_scorecard_metric_condition import BooleanComparatorScorecardMetricCondition
    from ..models.number_comparator_scorecard_metric_condition import NumberComparatorScorecardMetricCondition


__all__ = ["ScorecardMetric"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["BooleanComparatorScorecardMetricCondition"]


@_attrs_define(repr=False)
class BooleanComparatorScorecardMetricCondition(Model):
    """BooleanComparatorScorecardMetricCondition

    Attributes:
        type_: This is the type of the condition. Currently only 'comparator' is supported.
        comparator: The comparator can only be '=' for boolean conditions.
        value: This is the value that will be used to compare the result of the structured output with the
            comparator.
            If the result of the comparison is true, the points will be added to the overall score.
        points: These are the points that will be added to the overall score if the condition is met.
            The points must be between 0 and 100.
    """

    _schema: ClassVar[str] = "BooleanComparatorScorecardMetricCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("comparator", "comparator"),
        ("value", "value"),
        ("points", "points"),
    )

    type_: Literal["comparator"]
    comparator: Literal["="]
    value: bool
    points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_metric import ScorecardMetric


__all__ = ["CreateScorecardDTO"]


@_attrs_define(repr=False)
class CreateScorecardDTO(Model):
    """CreateScorecardDTO

    Attributes:
        metrics: These are the metrics that will be used to evaluate the scorecard.
            Each metric will have a set of conditions and points that will be used to generate the score.
        name: This is the name of the scorecard. It is only for user reference and will not be used for any
            evaluation.
        description: This is the description of the scorecard. It is only for user reference and will not be used for any
            evaluation.
        assistant_ids: These are the assistant IDs that this scorecard is linked to.
            When linked to assistants, this scorecard will be available for evaluation during those assistants'
            calls.
    """

    _schema: ClassVar[str] = "CreateScorecardDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metrics", "metrics"),
        ("name", "name"),
        ("description", "description"),
        ("assistantIds", "assistant_ids"),
    )

    metrics: list[ScorecardMetric]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    assistant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

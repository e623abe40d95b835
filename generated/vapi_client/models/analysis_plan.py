from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_data_multi_plan import StructuredDataMultiPlan
    from ..models.structured_data_plan import StructuredDataPlan
    from ..models.success_evaluation_plan import SuccessEvaluationPlan
    from ..models.summary_plan import SummaryPlan


__all__ = ["AnalysisPlan"]


@_attrs_define(repr=False)
class AnalysisPlan(Model):
    """AnalysisPlan

    Attributes:
        min_messages_threshold: The minimum number of messages required to run the analysis plan.
            If the number of messages is less than this, analysis will be skipped.

            @default 2
        summary_plan:
        structured_data_plan:
        structured_data_multi_plan: This is an array of structured data plan catalogs. Each entry includes a `key` and a `plan` for
            generating the structured data from the call. This outputs to `call.analysis.structuredDataMulti`.
        success_evaluation_plan:
        outcome_ids: This is an array of outcome UUIDs to be calculated during analysis.
            The outcomes will be calculated and stored in `call.analysis.outcomes`.
    """

    _schema: ClassVar[str] = "AnalysisPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("minMessagesThreshold", "min_messages_threshold"),
        ("summaryPlan", "summary_plan"),
        ("structuredDataPlan", "structured_data_plan"),
        ("structuredDataMultiPlan", "structured_data_multi_plan"),
        ("successEvaluationPlan", "success_evaluation_plan"),
        ("outcomeIds", "outcome_ids"),
    )

    min_messages_threshold: float | Unset = UNSET
    summary_plan: SummaryPlan | Unset = UNSET
    structured_data_plan: StructuredDataPlan | Unset = UNSET
    structured_data_multi_plan: list[StructuredDataMultiPlan] | Unset = UNSET
    success_evaluation_plan: SuccessEvaluationPlan | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_cost_analysis_type import AnalysisCostAnalysisType
    from ..models.structured_output_cost_breakdown import StructuredOutputCostBreakdown


__all__ = ["AnalysisCost"]


@_attrs_define(repr=False)
class AnalysisCost(Model):
    """AnalysisCost

    Attributes:
        type_: This is the type of cost, always 'analysis' for this class.
        analysis_type:
        model: Any JSON object: free-form data the API stores and returns as given.
        prompt_tokens: This is the number of prompt tokens used in the analysis.
        completion_tokens: This is the number of completion tokens generated in the analysis.
        cost: This is the cost of the component in USD.
        cached_prompt_tokens: This is the number of cached prompt tokens used in the analysis. This is only applicable to certain
            providers (e.g., OpenAI, Azure OpenAI) that support prompt caching. Cached tokens are billed at a
            discounted rate.
        structured_output_breakdown: This is the per-structured-output breakdown of this cost. The `cost`, `promptTokens`,
            `completionTokens` and `cachedPromptTokens` above are the sums of these rows.

            This is only set when `analysisType` is `structuredOutput`, and it is omitted entirely rather than
            partially populated, so when it is present the rows always reconcile to the totals above.

            A structured output that was skipped, or that extracts via regex, makes no LLM call and so has no
            row here — this is not a complete list of the call's configured structured outputs. There is one row
            per evaluation, so a `structuredOutputId` can appear more than once if it was evaluated more than
            once; sum the rows rather than indexing them by id.
    """

    _schema: ClassVar[str] = "AnalysisCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("analysisType", "analysis_type"),
        ("model", "model"),
        ("promptTokens", "prompt_tokens"),
        ("completionTokens", "completion_tokens"),
        ("cost", "cost"),
        ("cachedPromptTokens", "cached_prompt_tokens"),
        ("structuredOutputBreakdown", "structured_output_breakdown"),
    )

    type_: Literal["analysis"]
    analysis_type: AnalysisCostAnalysisType
    model: dict[str, Any]
    prompt_tokens: float
    completion_tokens: float
    cost: float
    cached_prompt_tokens: float | Unset = UNSET
    structured_output_breakdown: list[StructuredOutputCostBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

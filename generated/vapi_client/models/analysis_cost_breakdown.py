from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AnalysisCostBreakdown"]


@_attrs_define(repr=False)
class AnalysisCostBreakdown(Model):
    """Costs and token counts of each post-call analysis step.

    Attributes:
        summary: Cost in US dollars of generating the summary.
        summary_prompt_tokens: Number of prompt tokens sent to the model for the summary.
        summary_completion_tokens: Number of tokens the model generated for the summary.
        structured_data: Cost in US dollars of generating the structured data extraction.
        structured_data_prompt_tokens: Number of prompt tokens sent to the model for the structured data extraction.
        structured_data_completion_tokens: Number of tokens the model generated for the structured data extraction.
        success_evaluation: Cost in US dollars of generating the success evaluation.
        success_evaluation_prompt_tokens: Number of prompt tokens sent to the model for the success evaluation.
        success_evaluation_completion_tokens: Number of tokens the model generated for the success evaluation.
    """

    _schema: ClassVar[str] = "AnalysisCostBreakdown"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summary", "summary"),
        ("summaryPromptTokens", "summary_prompt_tokens"),
        ("summaryCompletionTokens", "summary_completion_tokens"),
        ("structuredData", "structured_data"),
        ("structuredDataPromptTokens", "structured_data_prompt_tokens"),
        ("structuredDataCompletionTokens", "structured_data_completion_tokens"),
        ("successEvaluation", "success_evaluation"),
        ("successEvaluationPromptTokens", "success_evaluation_prompt_tokens"),
        ("successEvaluationCompletionTokens", "success_evaluation_completion_tokens"),
    )

    summary: float | Unset = UNSET
    summary_prompt_tokens: float | Unset = UNSET
    summary_completion_tokens: float | Unset = UNSET
    structured_data: float | Unset = UNSET
    structured_data_prompt_tokens: float | Unset = UNSET
    structured_data_completion_tokens: float | Unset = UNSET
    success_evaluation: float | Unset = UNSET
    success_evaluation_prompt_tokens: float | Unset = UNSET
    success_evaluation_completion_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

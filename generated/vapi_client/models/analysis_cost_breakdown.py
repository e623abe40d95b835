from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AnalysisCostBreakdown"]


@_attrs_define(repr=False)
class AnalysisCostBreakdown(Model):
    """AnalysisCostBreakdown

    Attributes:
        summary: This is the cost to summarize the call.
        summary_prompt_tokens: This is the number of prompt tokens used to summarize the call.
        summary_completion_tokens: This is the number of completion tokens used to summarize the call.
        summary_cached_prompt_tokens: This is the number of cached prompt tokens used to summarize the call.
        structured_data: This is the cost to extract structured data from the call.
        structured_data_prompt_tokens: This is the number of prompt tokens used to extract structured data from the call.
        structured_data_completion_tokens: This is the number of completion tokens used to extract structured data from the call.
        structured_data_cached_prompt_tokens: This is the number of cached prompt tokens used to extract structured data from the call.
        success_evaluation: This is the cost to evaluate if the call was successful.
        success_evaluation_prompt_tokens: This is the number of prompt tokens used to evaluate if the call was successful.
        success_evaluation_completion_tokens: This is the number of completion tokens used to evaluate if the call was successful.
        success_evaluation_cached_prompt_tokens: This is the number of cached prompt tokens used to evaluate if the call was successful.
        structured_output: This is the cost to evaluate structuredOutputs from the call.
        structured_output_prompt_tokens: This is the number of prompt tokens used to evaluate structuredOutputs from the call.
        structured_output_completion_tokens: This is the number of completion tokens used to evaluate structuredOutputs from the call.
        structured_output_cached_prompt_tokens: This is the number of cached prompt tokens used to evaluate structuredOutputs from the call.
    """

    _schema: ClassVar[str] = "AnalysisCostBreakdown"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summary", "summary"),
        ("summaryPromptTokens", "summary_prompt_tokens"),
        ("summaryCompletionTokens", "summary_completion_tokens"),
        ("summaryCachedPromptTokens", "summary_cached_prompt_tokens"),
        ("structuredData", "structured_data"),
        ("structuredDataPromptTokens", "structured_data_prompt_tokens"),
        ("structuredDataCompletionTokens", "structured_data_completion_tokens"),
        ("structuredDataCachedPromptTokens", "structured_data_cached_prompt_tokens"),
        ("successEvaluation", "success_evaluation"),
        ("successEvaluationPromptTokens", "success_evaluation_prompt_tokens"),
        ("successEvaluationCompletionTokens", "success_evaluation_completion_tokens"),
        ("successEvaluationCachedPromptTokens", "success_evaluation_cached_prompt_tokens"),
        ("structuredOutput", "structured_output"),
        ("structuredOutputPromptTokens", "structured_output_prompt_tokens"),
        ("structuredOutputCompletionTokens", "structured_output_completion_tokens"),
        ("structuredOutputCachedPromptTokens", "structured_output_cached_prompt_tokens"),
    )

    summary: float | Unset = UNSET
    summary_prompt_tokens: float | Unset = UNSET
    summary_completion_tokens: float | Unset = UNSET
    summary_cached_prompt_tokens: float | Unset = UNSET
    structured_data: float | Unset = UNSET
    structured_data_prompt_tokens: float | Unset = UNSET
    structured_data_completion_tokens: float | Unset = UNSET
    structured_data_cached_prompt_tokens: float | Unset = UNSET
    success_evaluation: float | Unset = UNSET
    success_evaluation_prompt_tokens: float | Unset = UNSET
    success_evaluation_completion_tokens: float | Unset = UNSET
    success_evaluation_cached_prompt_tokens: float | Unset = UNSET
    structured_output: float | Unset = UNSET
    structured_output_prompt_tokens: float | Unset = UNSET
    structured_output_completion_tokens: float | Unset = UNSET
    structured_output_cached_prompt_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

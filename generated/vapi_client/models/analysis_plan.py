from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan_success_evaluation_rubric import AnalysisPlanSuccessEvaluationRubric
    from ..models.json_schema import JsonSchema


__all__ = ["AnalysisPlan"]


@_attrs_define(repr=False)
class AnalysisPlan(Model):
    """Instructions for analysing the call after it ends: summary, data extraction and grading.

    Attributes:
        summary_prompt: Custom system prompt used to generate the call summary.
        success_evaluation_prompt: Custom system prompt used to judge whether the call succeeded.
        success_evaluation_rubric: Known values of AnalysisPlan.successEvaluationRubric.
        structured_data_prompt: Custom system prompt used to extract structured data from the call.
        structured_data_schema: A JSON Schema fragment describing the shape of a value.
    """

    _schema: ClassVar[str] = "AnalysisPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summaryPrompt", "summary_prompt"),
        ("successEvaluationPrompt", "success_evaluation_prompt"),
        ("successEvaluationRubric", "success_evaluation_rubric"),
        ("structuredDataPrompt", "structured_data_prompt"),
        ("structuredDataSchema", "structured_data_schema"),
    )

    summary_prompt: str | Unset = UNSET
    success_evaluation_prompt: str | Unset = UNSET
    success_evaluation_rubric: AnalysisPlanSuccessEvaluationRubric | Unset = UNSET
    structured_data_prompt: str | Unset = UNSET
    structured_data_schema: JsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["Analysis"]


@_attrs_define(repr=False)
class Analysis(Model):
    """Analysis

    Attributes:
        summary: This is the summary of the call. Customize by setting `assistant.analysisPlan.summaryPrompt`.
        structured_data: Any JSON object: free-form data the API stores and returns as given.
        structured_data_multi: This is the structured data catalog of the call. Customize by setting
            `assistant.analysisPlan.structuredDataMultiPlan`.
        success_evaluation: This is the evaluation of the call. Customize by setting
            `assistant.analysisPlan.successEvaluationPrompt` and/or
            `assistant.analysisPlan.successEvaluationRubric`.
    """

    _schema: ClassVar[str] = "Analysis"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summary", "summary"),
        ("structuredData", "structured_data"),
        ("structuredDataMulti", "structured_data_multi"),
        ("successEvaluation", "success_evaluation"),
    )

    summary: str | Unset = UNSET
    structured_data: dict[str, Any] | Unset = UNSET
    structured_data_multi: list[dict[str, Any]] | Unset = UNSET
    success_evaluation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

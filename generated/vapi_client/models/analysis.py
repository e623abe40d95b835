from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["Analysis"]


@_attrs_define(repr=False)
class Analysis(Model):
    """Results of the post-call analysis: summary, extracted data and success evaluation.

    Attributes:
        summary: Short written summary of what happened during the call.
        structured_data: Data extracted from the call according to the analysis plan's schema.
        success_evaluation: Verdict on whether the call met its goal, expressed in the chosen rubric.
    """

    _schema: ClassVar[str] = "Analysis"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summary", "summary"),
        ("structuredData", "structured_data"),
        ("successEvaluation", "success_evaluation"),
    )

    summary: str | Unset = UNSET
    structured_data: str | Unset = UNSET
    success_evaluation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

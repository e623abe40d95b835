# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["AnalysisCostBreakdown"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AnalysisCostBreakdown(data: dict[str, Any], strict: bool) -> AnalysisCostBreakdown | dict[str, Any]:
    """AnalysisCostBreakdown from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    slow = False
    if "summary" in data:
        v = data["summary"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "summaryPromptTokens" in data:
        v = data["summaryPromptTokens"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "summaryCompletionTokens" in data:
        v = data["summaryCompletionTokens"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "summaryCachedPromptTokens" in data:
        v = data["summaryCachedPromptTokens"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    if "structuredData" in data:
        v = data["structuredData"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    if "structuredDataPromptTokens" in data:
        v = data["structuredDataPromptTokens"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if "structuredDataCompletionTokens" in data:
        v = data["structuredDataCompletionTokens"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "structuredDataCachedPromptTokens" in data:
        v = data["structuredDataCachedPromptTokens"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    if "successEvaluation" in data:
        v = data["successEvaluation"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p8 is _S:
            slow = True
    if "successEvaluationPromptTokens" in data:
        v = data["successEvaluationPromptTokens"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p9 is _S:
            slow = True
    if "successEvaluationCompletionTokens" in data:
        v = data["successEvaluationCompletionTokens"]
        p10 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p10 is _S:
            slow = True
    if "successEvaluationCachedPromptTokens" in data:
        v = data["successEvaluationCachedPromptTokens"]
        p11 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p11 is _S:
            slow = True
    if "structuredOutput" in data:
        v = data["structuredOutput"]
        p12 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p12 is _S:
            slow = True
    if "structuredOutputPromptTokens" in data:
        v = data["structuredOutputPromptTokens"]
        p13 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p13 is _S:
            slow = True
    if "structuredOutputCompletionTokens" in data:
        v = data["structuredOutputCompletionTokens"]
        p14 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p14 is _S:
            slow = True
    if "structuredOutputCachedPromptTokens" in data:
        v = data["structuredOutputCachedPromptTokens"]
        p15 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p15 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AnalysisCostBreakdown:
            return AnalysisCostBreakdown(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AnalysisCostBreakdown(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AnalysisCostBreakdown}
            return obj
    return {
        "summary": p0,
        "summaryPromptTokens": p1,
        "summaryCompletionTokens": p2,
        "summaryCachedPromptTokens": p3,
        "structuredData": p4,
        "structuredDataPromptTokens": p5,
        "structuredDataCompletionTokens": p6,
        "structuredDataCachedPromptTokens": p7,
        "successEvaluation": p8,
        "successEvaluationPromptTokens": p9,
        "successEvaluationCompletionTokens": p10,
        "successEvaluationCachedPromptTokens": p11,
        "structuredOutput": p12,
        "structuredOutputPromptTokens": p13,
        "structuredOutputCompletionTokens": p14,
        "structuredOutputCachedPromptTokens": p15,
    }


_KNOWN_AnalysisCostBreakdown = frozenset(
    (
        "summary",
        "summaryPromptTokens",
        "summaryCompletionTokens",
        "summaryCachedPromptTokens",
        "structuredData",
        "structuredDataPromptTokens",
        "structuredDataCompletionTokens",
        "structuredDataCachedPromptTokens",
        "successEvaluation",
        "successEvaluationPromptTokens",
        "successEvaluationCompletionTokens",
        "successEvaluationCachedPromptTokens",
        "structuredOutput",
        "structuredOutputPromptTokens",
        "structuredOutputCompletionTokens",
        "structuredOutputCachedPromptTokens",
    )
)


def _to_dict_AnalysisCostBreakdown(self: AnalysisCostBreakdown) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.summary
    if v is not UNSET:
        out["summary"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary_prompt_tokens
    if v is not UNSET:
        out["summaryPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary_completion_tokens
    if v is not UNSET:
        out["summaryCompletionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary_cached_prompt_tokens
    if v is not UNSET:
        out["summaryCachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_data
    if v is not UNSET:
        out["structuredData"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_data_prompt_tokens
    if v is not UNSET:
        out["structuredDataPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_data_completion_tokens
    if v is not UNSET:
        out["structuredDataCompletionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_data_cached_prompt_tokens
    if v is not UNSET:
        out["structuredDataCachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.success_evaluation
    if v is not UNSET:
        out["successEvaluation"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.success_evaluation_prompt_tokens
    if v is not UNSET:
        out["successEvaluationPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.success_evaluation_completion_tokens
    if v is not UNSET:
        out["successEvaluationCompletionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.success_evaluation_cached_prompt_tokens
    if v is not UNSET:
        out["successEvaluationCachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output
    if v is not UNSET:
        out["structuredOutput"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output_prompt_tokens
    if v is not UNSET:
        out["structuredOutputPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output_completion_tokens
    if v is not UNSET:
        out["structuredOutputCompletionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output_cached_prompt_tokens
    if v is not UNSET:
        out["structuredOutputCachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AnalysisCostBreakdown._fast_load = _load_AnalysisCostBreakdown
setattr(AnalysisCostBreakdown, "to_dict", _to_dict_AnalysisCostBreakdown)  # noqa: B010 - replaces Model.to_dict

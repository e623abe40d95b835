# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_cost_analysis_type import AnalysisCostAnalysisType, _AnalysisCostAnalysisTypeValues
    from ..models.structured_output_cost_breakdown import StructuredOutputCostBreakdown


__all__ = ["AnalysisCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AnalysisCost(Model):
    """AnalysisCost

    Attributes:
        type_: This is the type of cost, always 'analysis' for this class.
        analysis_type: This is the type of analysis performed.
        model: This is the model that was used to perform the analysis.
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
    analysis_type: AnalysisCostAnalysisType | _AnalysisCostAnalysisTypeValues
    model: dict[str, Any]
    prompt_tokens: float
    completion_tokens: float
    cost: float
    cached_prompt_tokens: float | Unset = UNSET
    structured_output_breakdown: list[StructuredOutputCostBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_AnalysisCost_items_6 = _h.Items(("model", "StructuredOutputCostBreakdown"))


def _load_AnalysisCost(data: dict[str, Any], strict: bool) -> AnalysisCost | dict[str, Any]:
    """AnalysisCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "analysis" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "analysisType" in data:
        v = data["analysisType"]
        p1 = _MEMBERS["AnalysisCostAnalysisType"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("AnalysisCostAnalysisType", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p2 = v if type(v) is dict else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "promptTokens" in data:
        v = data["promptTokens"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "completionTokens" in data:
        v = data["completionTokens"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    else:
        p5 = _S
        slow = True
    if "cachedPromptTokens" in data:
        v = data["cachedPromptTokens"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "structuredOutputBreakdown" in data:
        v = data["structuredOutputBreakdown"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["StructuredOutputCostBreakdown"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("StructuredOutputCostBreakdown", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p7 = _R(_AnalysisCost_items_6, out3) if resume5 else out3
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AnalysisCost:
            return AnalysisCost(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AnalysisCost(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AnalysisCost}
            return obj
    return {
        "type": p0,
        "analysisType": p1,
        "model": p2,
        "promptTokens": p3,
        "completionTokens": p4,
        "cost": p5,
        "cachedPromptTokens": p6,
        "structuredOutputBreakdown": p7,
    }


_KNOWN_AnalysisCost = frozenset(
    (
        "type",
        "analysisType",
        "model",
        "promptTokens",
        "completionTokens",
        "cost",
        "cachedPromptTokens",
        "structuredOutputBreakdown",
    )
)


def _to_dict_AnalysisCost(self: AnalysisCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.analysis_type
    if v is not UNSET:
        out["analysisType"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = _h.fresh(v)
    v = self.prompt_tokens
    if v is not UNSET:
        out["promptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.completion_tokens
    if v is not UNSET:
        out["completionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cached_prompt_tokens
    if v is not UNSET:
        out["cachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output_breakdown
    if v is not UNSET:
        out["structuredOutputBreakdown"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AnalysisCost._fast_load = _load_AnalysisCost
setattr(AnalysisCost, "to_dict", _to_dict_AnalysisCost)  # noqa: B010 - replaces Model.to_dict

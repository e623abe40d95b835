# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_data_multi_plan import StructuredDataMultiPlan
    from ..models.structured_data_plan import StructuredDataPlan
    from ..models.success_evaluation_plan import SuccessEvaluationPlan
    from ..models.summary_plan import SummaryPlan


__all__ = ["AnalysisPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AnalysisPlan(Model):
    """AnalysisPlan

    Attributes:
        min_messages_threshold: The minimum number of messages required to run the analysis plan.
            If the number of messages is less than this, analysis will be skipped.

            @default 2
        summary_plan: This is the plan for generating the summary of the call. This outputs to `call.analysis.summary`.
        structured_data_plan: This is the plan for generating the structured data from the call. This outputs to
            `call.analysis.structuredData`.
        structured_data_multi_plan: This is an array of structured data plan catalogs. Each entry includes a `key` and a `plan` for
            generating the structured data from the call. This outputs to `call.analysis.structuredDataMulti`.
        success_evaluation_plan: This is the plan for generating the success evaluation of the call. This outputs to
            `call.analysis.successEvaluation`.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_AnalysisPlan_items_6 = _h.Items(("model", "StructuredDataMultiPlan"))


def _load_AnalysisPlan(data: dict[str, Any], strict: bool) -> AnalysisPlan | dict[str, Any]:
    """AnalysisPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "minMessagesThreshold" in data:
        v = data["minMessagesThreshold"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p0 is _S:
            slow = True
    if "summaryPlan" in data:
        v = data["summaryPlan"]
        p1 = _FAST["SummaryPlan"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("SummaryPlan", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "structuredDataPlan" in data:
        v = data["structuredDataPlan"]
        p2 = _FAST["StructuredDataPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("StructuredDataPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "structuredDataMultiPlan" in data:
        v = data["structuredDataMultiPlan"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["StructuredDataMultiPlan"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("StructuredDataMultiPlan", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p3 = _R(_AnalysisPlan_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "successEvaluationPlan" in data:
        v = data["successEvaluationPlan"]
        p4 = _FAST["SuccessEvaluationPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("SuccessEvaluationPlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "outcomeIds" in data:
        v = data["outcomeIds"]
        p5 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AnalysisPlan:
            return AnalysisPlan(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AnalysisPlan(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AnalysisPlan}
            return obj
    return {
        "minMessagesThreshold": p0,
        "summaryPlan": p1,
        "structuredDataPlan": p2,
        "structuredDataMultiPlan": p3,
        "successEvaluationPlan": p4,
        "outcomeIds": p5,
    }


_KNOWN_AnalysisPlan = frozenset(
    (
        "minMessagesThreshold",
        "summaryPlan",
        "structuredDataPlan",
        "structuredDataMultiPlan",
        "successEvaluationPlan",
        "outcomeIds",
    )
)


def _to_dict_AnalysisPlan(self: AnalysisPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.min_messages_threshold
    if v is not UNSET:
        out["minMessagesThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.summary_plan
    if v is not UNSET:
        out["summaryPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.structured_data_plan
    if v is not UNSET:
        out["structuredDataPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.structured_data_multi_plan
    if v is not UNSET:
        out["structuredDataMultiPlan"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.success_evaluation_plan
    if v is not UNSET:
        out["successEvaluationPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.outcome_ids
    if v is not UNSET:
        out["outcomeIds"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AnalysisPlan._fast_load = _load_AnalysisPlan
setattr(AnalysisPlan, "to_dict", _to_dict_AnalysisPlan)  # noqa: B010 - replaces Model.to_dict

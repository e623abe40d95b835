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

__all__ = ["Analysis"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Analysis(Model):
    """Analysis

    Attributes:
        summary: This is the summary of the call. Customize by setting `assistant.analysisPlan.summaryPrompt`.
        structured_data: This is the structured data extracted from the call. Customize by setting
            `assistant.analysisPlan.structuredDataPrompt` and/or `assistant.analysisPlan.structuredDataSchema`.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Analysis(data: dict[str, Any], strict: bool) -> Analysis | dict[str, Any]:
    """Analysis from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "summary" in data:
        v = data["summary"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "structuredData" in data:
        v = data["structuredData"]
        p1 = v if type(v) is dict else _S
        if p1 is _S:
            slow = True
    if "structuredDataMulti" in data:
        v = data["structuredDataMulti"]
        p2 = v[:] if type(v) is list and all(type(e) is dict for e in v) else _S
        if p2 is _S:
            slow = True
    if "successEvaluation" in data:
        v = data["successEvaluation"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Analysis:
            return Analysis(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Analysis(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Analysis}
            return obj
    return {"summary": p0, "structuredData": p1, "structuredDataMulti": p2, "successEvaluation": p3}


_KNOWN_Analysis = frozenset(("summary", "structuredData", "structuredDataMulti", "successEvaluation"))


def _to_dict_Analysis(self: Analysis) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.summary
    if v is not UNSET:
        out["summary"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_data
    if v is not UNSET:
        out["structuredData"] = _h.fresh(v)
    v = self.structured_data_multi
    if v is not UNSET:
        out["structuredDataMulti"] = _h.fresh(v)
    v = self.success_evaluation
    if v is not UNSET:
        out["successEvaluation"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Analysis._fast_load = _load_Analysis
setattr(Analysis, "to_dict", _to_dict_Analysis)  # noqa: B010 - replaces Model.to_dict

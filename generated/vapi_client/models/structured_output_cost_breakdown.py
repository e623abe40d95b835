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

__all__ = ["StructuredOutputCostBreakdown"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class StructuredOutputCostBreakdown(Model):
    """StructuredOutputCostBreakdown

    Attributes:
        structured_output_id: This is the unique identifier of the structured output that produced this cost.
        name: This is the name of the structured output, so this breakdown is readable without looking the id up.
        cost: This is the cost in USD of evaluating this structured output.
        prompt_tokens: This is the number of prompt tokens used to evaluate this structured output.
        completion_tokens: This is the number of completion tokens generated for this structured output.
        cached_prompt_tokens: This is the number of cached prompt tokens used to evaluate this structured output. This is a subset
            of `promptTokens`, not an addition to it.
    """

    _schema: ClassVar[str] = "StructuredOutputCostBreakdown"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("structuredOutputId", "structured_output_id"),
        ("name", "name"),
        ("cost", "cost"),
        ("promptTokens", "prompt_tokens"),
        ("completionTokens", "completion_tokens"),
        ("cachedPromptTokens", "cached_prompt_tokens"),
    )

    structured_output_id: str
    name: str
    cost: float
    prompt_tokens: float
    completion_tokens: float
    cached_prompt_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_StructuredOutputCostBreakdown(
    data: dict[str, Any], strict: bool
) -> StructuredOutputCostBreakdown | dict[str, Any]:
    """StructuredOutputCostBreakdown from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "structuredOutputId" in data:
        v = data["structuredOutputId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
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
    if "cachedPromptTokens" in data:
        v = data["cachedPromptTokens"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_StructuredOutputCostBreakdown:
            return StructuredOutputCostBreakdown(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = StructuredOutputCostBreakdown(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_StructuredOutputCostBreakdown}
            return obj
    return {
        "structuredOutputId": p0,
        "name": p1,
        "cost": p2,
        "promptTokens": p3,
        "completionTokens": p4,
        "cachedPromptTokens": p5,
    }


_KNOWN_StructuredOutputCostBreakdown = frozenset(
    ("structuredOutputId", "name", "cost", "promptTokens", "completionTokens", "cachedPromptTokens")
)


def _to_dict_StructuredOutputCostBreakdown(self: StructuredOutputCostBreakdown) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.structured_output_id
    if v is not UNSET:
        out["structuredOutputId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prompt_tokens
    if v is not UNSET:
        out["promptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.completion_tokens
    if v is not UNSET:
        out["completionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cached_prompt_tokens
    if v is not UNSET:
        out["cachedPromptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


StructuredOutputCostBreakdown._fast_load = _load_StructuredOutputCostBreakdown
setattr(StructuredOutputCostBreakdown, "to_dict", _to_dict_StructuredOutputCostBreakdown)  # noqa: B010 - replaces Model.to_dict

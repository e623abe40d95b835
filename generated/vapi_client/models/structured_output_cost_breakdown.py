from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["StructuredOutputCostBreakdown"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

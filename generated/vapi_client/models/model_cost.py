from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ModelCost"]


@_attrs_define(repr=False)
class ModelCost(Model):
    """ModelCost

    Attributes:
        type_: This is the type of cost, always 'model' for this class.
        model: Any JSON object: free-form data the API stores and returns as given.
        prompt_tokens: This is the number of prompt tokens used in the call. These should be total prompt tokens used in
            the call for single assistant calls, while squad calls will have multiple model costs one for each
            assistant that was used.
        completion_tokens: This is the number of completion tokens generated in the call. These should be total completion
            tokens used in the call for single assistant calls, while squad calls will have multiple model costs
            one for each assistant that was used.
        cost: This is the cost of the component in USD.
        cached_prompt_tokens: This is the number of cached prompt tokens used in the call. This is only applicable to certain
            providers (e.g., OpenAI, Azure OpenAI) that support prompt caching. Cached tokens are billed at a
            discounted rate.
        reasoning_tokens: This is the number of reasoning tokens generated in the call. This is only applicable to reasoning
            models (e.g., OpenAI o-series, GPT-5) on providers that report them.

            This is a **subset of `completionTokens`**, not an addition to it: reasoning tokens are already
            counted in `completionTokens` and are already billed at the output-token rate. It is reported
            separately for visibility only and does not affect `cost`.
    """

    _schema: ClassVar[str] = "ModelCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("model", "model"),
        ("promptTokens", "prompt_tokens"),
        ("completionTokens", "completion_tokens"),
        ("cost", "cost"),
        ("cachedPromptTokens", "cached_prompt_tokens"),
        ("reasoningTokens", "reasoning_tokens"),
    )

    type_: Literal["model"]
    model: dict[str, Any]
    prompt_tokens: float
    completion_tokens: float
    cost: float
    cached_prompt_tokens: float | Unset = UNSET
    reasoning_tokens: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

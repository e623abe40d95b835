from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["KnowledgeBaseCost"]


@_attrs_define(repr=False)
class KnowledgeBaseCost(Model):
    """KnowledgeBaseCost

    Attributes:
        type_: This is the type of cost, always 'knowledge-base' for this class.
        model: Any JSON object: free-form data the API stores and returns as given.
        prompt_tokens: This is the number of prompt tokens used in the knowledge base query.
        completion_tokens: This is the number of completion tokens generated in the knowledge base query.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "KnowledgeBaseCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("model", "model"),
        ("promptTokens", "prompt_tokens"),
        ("completionTokens", "completion_tokens"),
        ("cost", "cost"),
    )

    type_: Literal["knowledge-base"]
    model: dict[str, Any]
    prompt_tokens: float
    completion_tokens: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

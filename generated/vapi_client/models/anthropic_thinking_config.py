from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["AnthropicThinkingConfig"]


@_attrs_define(repr=False)
class AnthropicThinkingConfig(Model):
    """AnthropicThinkingConfig

    Attributes:
        type_:
        budget_tokens: The maximum number of tokens to allocate for thinking.
            Must be between 1024 and 100000 tokens.
    """

    _schema: ClassVar[str] = "AnthropicThinkingConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("budgetTokens", "budget_tokens"),
    )

    type_: Literal["enabled"]
    budget_tokens: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

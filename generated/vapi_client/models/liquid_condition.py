from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["LiquidCondition"]


@_attrs_define(repr=False)
class LiquidCondition(Model):
    """LiquidCondition

    Attributes:
        type_: This is the type discriminator for liquid condition
        liquid: This is the Liquid template that must return exactly "true" or "false" as a string.
            The template is evaluated and the entire output must be either "true" or "false" - nothing else.

            Available variables:
            - `messages`: Array of recent messages in OpenAI chat completions format
            (ChatCompletionMessageParam[])
              Each message has properties like: role ('user', 'assistant', 'system'), content (string), etc.
            - `now`: Current timestamp in milliseconds (built-in Liquid variable)
            - Any assistant variable values (e.g., `userName`, `accountStatus`)

            Useful Liquid filters for messages:
            - `messages | last: 5` - Get the 5 most recent messages
            - `messages | where: 'role', 'user'` - Filter to only user messages
            - `messages | reverse` - Reverse the order of messages
    """

    _schema: ClassVar[str] = "LiquidCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("liquid", "liquid"),
    )

    type_: Literal["liquid"]
    liquid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

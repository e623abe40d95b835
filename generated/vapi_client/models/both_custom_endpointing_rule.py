from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regex_option import RegexOption


__all__ = ["BothCustomEndpointingRule"]


@_attrs_define(repr=False)
class BothCustomEndpointingRule(Model):
    """BothCustomEndpointingRule

    Attributes:
        type_: This endpointing rule is based on both the last assistant message and the current customer message
            as they are speaking.

            Flow:
            - Assistant speaks
            - Customer starts speaking
            - Customer transcription comes in
            - This rule is evaluated on the last assistant message and the current customer transcription
            - If assistant message matches `assistantRegex` AND customer message matches `customerRegex`, the
            endpointing timeout is set to `timeoutSeconds`

            Usage:
            - If you want to wait longer while customer is speaking numbers, you can set a longer timeout.
        assistant_regex: This is the regex pattern to match the assistant's message.

            Note:
            - This works by using the `RegExp.test` method in Node.JS. Eg. `/hello/.test("hello there")` will
            return `true`.

            Hot tip:
            - In JavaScript, escape `\\` when sending the regex pattern. Eg. `"hello\\sthere"` will be sent over
            the wire as `"hellosthere"`. Send `"hello\\\\sthere"` instead.
            - `RegExp.test` does substring matching, so `/cat/.test("I love cats")` will return `true`. To do
            full string matching, send "^cat$".
        customer_regex:
        timeout_seconds: This is the endpointing timeout in seconds, if the rule is matched.
        assistant_regex_options: These are the options for the assistant's message regex match. Defaults to all disabled.

            @default []
        customer_regex_options: These are the options for the customer's message regex match. Defaults to all disabled.

            @default []
    """

    _schema: ClassVar[str] = "BothCustomEndpointingRule"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("assistantRegex", "assistant_regex"),
        ("customerRegex", "customer_regex"),
        ("timeoutSeconds", "timeout_seconds"),
        ("assistantRegexOptions", "assistant_regex_options"),
        ("customerRegexOptions", "customer_regex_options"),
    )

    type_: Literal["both"]
    assistant_regex: str
    customer_regex: str
    timeout_seconds: float
    assistant_regex_options: list[RegexOption] | Unset = UNSET
    customer_regex_options: list[RegexOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

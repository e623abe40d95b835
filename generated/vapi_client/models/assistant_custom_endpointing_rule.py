from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regex_option import RegexOption


__all__ = ["AssistantCustomEndpointingRule"]


@_attrs_define(repr=False)
class AssistantCustomEndpointingRule(Model):
    """AssistantCustomEndpointingRule

    Attributes:
        type_: This endpointing rule is based on the last assistant message before customer started speaking.

            Flow:
            - Assistant speaks
            - Customer starts speaking
            - Customer transcription comes in
            - This rule is evaluated on the last assistant message
            - If a match is found based on `regex`, the endpointing timeout is set to `timeoutSeconds`

            Usage:
            - If you have yes/no questions in your use case like "are you interested in a loan?", you can set a
            shorter timeout.
            - If you have questions where the customer may pause to look up information like "what's my account
            number?", you can set a longer timeout.
        regex: This is the regex pattern to match.

            Note:
            - This works by using the `RegExp.test` method in Node.JS. Eg. `/hello/.test("hello there")` will
            return `true`.

            Hot tip:
            - In JavaScript, escape `\\` when sending the regex pattern. Eg. `"hello\\sthere"` will be sent over
            the wire as `"hellosthere"`. Send `"hello\\\\sthere"` instead.
            - `RegExp.test` does substring matching, so `/cat/.test("I love cats")` will return `true`. To do
            full string matching, send "^cat$".
        timeout_seconds: This is the endpointing timeout in seconds, if the rule is matched.
        regex_options: These are the options for the regex match. Defaults to all disabled.

            @default []
    """

    _schema: ClassVar[str] = "AssistantCustomEndpointingRule"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("regex", "regex"),
        ("timeoutSeconds", "timeout_seconds"),
        ("regexOptions", "regex_options"),
    )

    type_: Literal["assistant"]
    regex: str
    timeout_seconds: float
    regex_options: list[RegexOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

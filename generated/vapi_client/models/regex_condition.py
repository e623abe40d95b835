from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_target import MessageTarget


__all__ = ["RegexCondition"]


@_attrs_define(repr=False)
class RegexCondition(Model):
    """RegexCondition

    Attributes:
        type_: This is the type discriminator for regex condition
        regex: This is the regular expression pattern to match against message content.

            Note:
            - This works by using the RegExp.test method in Node.JS. Eg. /hello/.test("hello there") will return
            true.

            Hot tips:
            - In JavaScript, escape \\ when sending the regex pattern. Eg. "hello\\sthere" will be sent over the
            wire as "hellosthere". Send "hello\\\\sthere" instead.
            - RegExp.test does substring matching, so /cat/.test("I love cats") will return true. To do full
            string matching, use anchors: /^cat$/ will only match exactly "cat".
            - Word boundaries \\b are useful for matching whole words: /\\bcat\\b/ matches "cat" but not "cats"
            or "category".
            - Use inline flags for portability: (?i) for case insensitive, (?m) for multiline
        target:
        negate: This is the flag that when true, the condition matches if the pattern does NOT match.
            Useful for ensuring certain words/phrases are absent.

            @default false
    """

    _schema: ClassVar[str] = "RegexCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("regex", "regex"),
        ("target", "target"),
        ("negate", "negate"),
    )

    type_: Literal["regex"]
    regex: str
    target: MessageTarget | Unset = UNSET
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

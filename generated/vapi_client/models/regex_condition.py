# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_target import MessageTarget


__all__ = ["RegexCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        target: This is the target for messages to check against.
            If not specified, the condition will run on the last message (position: -1).
            If role is not specified, it will look at the last message regardless of role.
            @default { position: -1 }
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_RegexCondition(data: dict[str, Any], strict: bool) -> RegexCondition | dict[str, Any]:
    """RegexCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "regex" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "regex" in data:
        v = data["regex"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "target" in data:
        v = data["target"]
        p2 = _FAST["MessageTarget"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("MessageTarget", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "negate" in data:
        v = data["negate"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_RegexCondition:
            return RegexCondition(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = RegexCondition(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_RegexCondition}
            return obj
    return {"type": p0, "regex": p1, "target": p2, "negate": p3}


_KNOWN_RegexCondition = frozenset(("type", "regex", "target", "negate"))


def _to_dict_RegexCondition(self: RegexCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.regex
    if v is not UNSET:
        out["regex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.target
    if v is not UNSET:
        out["target"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.negate
    if v is not UNSET:
        out["negate"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


RegexCondition._fast_load = _load_RegexCondition
setattr(RegexCondition, "to_dict", _to_dict_RegexCondition)  # noqa: B010 - replaces Model.to_dict

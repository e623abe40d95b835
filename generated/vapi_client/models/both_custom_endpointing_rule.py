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
    from ..models.regex_option import RegexOption


__all__ = ["BothCustomEndpointingRule"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_BothCustomEndpointingRule_items_6 = _h.Items(("model", "RegexOption"))
_BothCustomEndpointingRule_items_12 = _h.Items(("model", "RegexOption"))


def _load_BothCustomEndpointingRule(data: dict[str, Any], strict: bool) -> BothCustomEndpointingRule | dict[str, Any]:
    """BothCustomEndpointingRule from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "both" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "assistantRegex" in data:
        v = data["assistantRegex"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "customerRegex" in data:
        v = data["customerRegex"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 15 else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "assistantRegexOptions" in data:
        v = data["assistantRegexOptions"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["RegexOption"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("RegexOption", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p4 = _R(_BothCustomEndpointingRule_items_6, out3) if resume5 else out3
        else:
            p4 = _S
        if p4 is _S or type(p4) is _R:
            slow = True
    if "customerRegexOptions" in data:
        v = data["customerRegexOptions"]
        if type(v) is list:
            resume11 = False
            out9: list[Any] = []
            for e7 in v:
                x8 = _FAST["RegexOption"](e7, strict) if type(e7) is dict else _S
                if type(x8) is dict:  # loaded in part: the generic loader finishes it
                    x8 = _R("RegexOption", x8)
                if x8 is _S or type(x8) is _R:
                    resume11 = True
                out9.append(x8)
            p5 = _R(_BothCustomEndpointingRule_items_12, out9) if resume11 else out9
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BothCustomEndpointingRule:
            return BothCustomEndpointingRule(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BothCustomEndpointingRule(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BothCustomEndpointingRule}
            return obj
    return {
        "type": p0,
        "assistantRegex": p1,
        "customerRegex": p2,
        "timeoutSeconds": p3,
        "assistantRegexOptions": p4,
        "customerRegexOptions": p5,
    }


_KNOWN_BothCustomEndpointingRule = frozenset(
    ("type", "assistantRegex", "customerRegex", "timeoutSeconds", "assistantRegexOptions", "customerRegexOptions")
)


def _to_dict_BothCustomEndpointingRule(self: BothCustomEndpointingRule) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_regex
    if v is not UNSET:
        out["assistantRegex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_regex_options
    if v is not UNSET:
        out["assistantRegexOptions"] = (
            [i13.to_dict() if hasattr(i13, "to_dict") else _h.fresh(i13) for i13 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.customer_regex
    if v is not UNSET:
        out["customerRegex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.customer_regex_options
    if v is not UNSET:
        out["customerRegexOptions"] = (
            [i14.to_dict() if hasattr(i14, "to_dict") else _h.fresh(i14) for i14 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BothCustomEndpointingRule._fast_load = _load_BothCustomEndpointingRule
setattr(BothCustomEndpointingRule, "to_dict", _to_dict_BothCustomEndpointingRule)  # noqa: B010 - replaces Model.to_dict

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


__all__ = ["CustomerCustomEndpointingRule"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CustomerCustomEndpointingRule(Model):
    """CustomerCustomEndpointingRule

    Attributes:
        type_: This endpointing rule is based on current customer message as they are speaking.

            Flow:
            - Assistant speaks
            - Customer starts speaking
            - Customer transcription comes in
            - This rule is evaluated on the current customer transcription
            - If a match is found based on `regex`, the endpointing timeout is set to `timeoutSeconds`

            Usage:
            - If you want to wait longer while customer is speaking numbers, you can set a longer timeout.
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

    _schema: ClassVar[str] = "CustomerCustomEndpointingRule"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("regex", "regex"),
        ("timeoutSeconds", "timeout_seconds"),
        ("regexOptions", "regex_options"),
    )

    type_: Literal["customer"]
    regex: str
    timeout_seconds: float
    regex_options: list[RegexOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CustomerCustomEndpointingRule_items_6 = _h.Items(("model", "RegexOption"))


def _load_CustomerCustomEndpointingRule(
    data: dict[str, Any], strict: bool
) -> CustomerCustomEndpointingRule | dict[str, Any]:
    """CustomerCustomEndpointingRule from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "customer" else _S
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
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 15 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "regexOptions" in data:
        v = data["regexOptions"]
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
            p3 = _R(_CustomerCustomEndpointingRule_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CustomerCustomEndpointingRule:
            return CustomerCustomEndpointingRule(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CustomerCustomEndpointingRule(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CustomerCustomEndpointingRule}
            return obj
    return {"type": p0, "regex": p1, "timeoutSeconds": p2, "regexOptions": p3}


_KNOWN_CustomerCustomEndpointingRule = frozenset(("type", "regex", "timeoutSeconds", "regexOptions"))


def _to_dict_CustomerCustomEndpointingRule(self: CustomerCustomEndpointingRule) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.regex
    if v is not UNSET:
        out["regex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.regex_options
    if v is not UNSET:
        out["regexOptions"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CustomerCustomEndpointingRule._fast_load = _load_CustomerCustomEndpointingRule
setattr(CustomerCustomEndpointingRule, "to_dict", _to_dict_CustomerCustomEndpointingRule)  # noqa: B010 - replaces Model.to_dict

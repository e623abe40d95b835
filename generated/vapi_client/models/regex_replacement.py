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


__all__ = ["RegexReplacement"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class RegexReplacement(Model):
    """RegexReplacement

    Attributes:
        type_: This is the regex replacement type. You can use this to replace a word or phrase that matches a
            pattern.

            Usage:
            - Replace all numbers with "some number": { type: 'regex', regex: '\\\\d+', value: 'some number' }
            - Replace email addresses with "[EMAIL]": { type: 'regex', regex:
            '\\\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Z|a-z]{2,}\\\\b', value: '[EMAIL]' }
            - Replace phone numbers with a formatted version: { type: 'regex', regex:
            '(\\\\d{3})(\\\\d{3})(\\\\d{4})', value: '($1) $2-$3' }
            - Replace all instances of "color" or "colour" with "hue": { type: 'regex', regex: 'colou?r', value:
            'hue' }
            - Capitalize the first letter of every sentence: { type: 'regex', regex: '(?<=\\\\. |^)[a-z]',
            value: (match) => match.toUpperCase() }
        regex: This is the regex pattern to replace.

            Note:
            - This works by using the `string.replace` method in Node.JS. Eg. `"hello there".replace(/hello/g,
            "hi")` will return `"hi there"`.

            Hot tip:
            - In JavaScript, escape `\\` when sending the regex pattern. Eg. `"hello\\sthere"` will be sent over
            the wire as `"hellosthere"`. Send `"hello\\\\sthere"` instead.
        value: This is the value that will replace the match.
        options: These are the options for the regex replacement. Defaults to all disabled.

            @default []
    """

    _schema: ClassVar[str] = "RegexReplacement"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("regex", "regex"),
        ("value", "value"),
        ("options", "options"),
    )

    type_: Literal["regex"]
    regex: str
    value: str
    options: list[RegexOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_RegexReplacement_items_6 = _h.Items(("model", "RegexOption"))


def _load_RegexReplacement(data: dict[str, Any], strict: bool) -> RegexReplacement | dict[str, Any]:
    """RegexReplacement from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "value" in data:
        v = data["value"]
        p2 = v if type(v) is str and len(v) <= 1000 else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "options" in data:
        v = data["options"]
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
            p3 = _R(_RegexReplacement_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_RegexReplacement:
            return RegexReplacement(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = RegexReplacement(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_RegexReplacement}
            return obj
    return {"type": p0, "regex": p1, "value": p2, "options": p3}


_KNOWN_RegexReplacement = frozenset(("type", "regex", "value", "options"))


def _to_dict_RegexReplacement(self: RegexReplacement) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.regex
    if v is not UNSET:
        out["regex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.options
    if v is not UNSET:
        out["options"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


RegexReplacement._fast_load = _load_RegexReplacement
setattr(RegexReplacement, "to_dict", _to_dict_RegexReplacement)  # noqa: B010 - replaces Model.to_dict

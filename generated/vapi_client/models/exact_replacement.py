# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["ExactReplacement"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ExactReplacement(Model):
    """ExactReplacement

    Attributes:
        type_: This is the exact replacement type. You can use this to replace a specific word or phrase with a
            different word or phrase.

            Usage:
            - Replace "hello" with "hi": { type: 'exact', key: 'hello', value: 'hi' }
            - Replace "good morning" with "good day": { type: 'exact', key: 'good morning', value: 'good day' }
            - Replace a specific name: { type: 'exact', key: 'John Doe', value: 'Jane Smith' }
            - Replace an acronym: { type: 'exact', key: 'AI', value: 'Artificial Intelligence' }
            - Replace a company name with its phonetic pronunciation: { type: 'exact', key: 'Vapi', value:
            'Vappy' }
        key: This is the key to replace.
        value: This is the value that will replace the match.
        replace_all_enabled: This option let's you control whether to replace all instances of the key or only the first one. By
            default, it only replaces the first instance.
            Examples:
            - For { type: 'exact', key: 'hello', value: 'hi', replaceAllEnabled: false }. Before: "hello world,
            hello universe" | After: "hi world, hello universe"
            - For { type: 'exact', key: 'hello', value: 'hi', replaceAllEnabled: true }. Before: "hello world,
            hello universe" | After: "hi world, hi universe"
            @default false
    """

    _schema: ClassVar[str] = "ExactReplacement"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("value", "value"),
        ("replaceAllEnabled", "replace_all_enabled"),
    )

    type_: Literal["exact"]
    key: str
    value: str
    replace_all_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ExactReplacement(data: dict[str, Any], strict: bool) -> ExactReplacement | dict[str, Any]:
    """ExactReplacement from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "exact" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "key" in data:
        v = data["key"]
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
    if "replaceAllEnabled" in data:
        v = data["replaceAllEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ExactReplacement:
            return ExactReplacement(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ExactReplacement(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ExactReplacement}
            return obj
    return {"type": p0, "key": p1, "value": p2, "replaceAllEnabled": p3}


_KNOWN_ExactReplacement = frozenset(("type", "key", "value", "replaceAllEnabled"))


def _to_dict_ExactReplacement(self: ExactReplacement) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.replace_all_enabled
    if v is not UNSET:
        out["replaceAllEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ExactReplacement._fast_load = _load_ExactReplacement
setattr(ExactReplacement, "to_dict", _to_dict_ExactReplacement)  # noqa: B010 - replaces Model.to_dict

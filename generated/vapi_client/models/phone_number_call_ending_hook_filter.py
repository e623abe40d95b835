# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_number_call_ending_hook_filter_one_of import (
        PhoneNumberCallEndingHookFilterOneOf,
        _PhoneNumberCallEndingHookFilterOneOfValues,
    )


__all__ = ["PhoneNumberCallEndingHookFilter"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PhoneNumberCallEndingHookFilter(Model):
    """PhoneNumberCallEndingHookFilter

    Attributes:
        type_: This is the type of filter - currently only "oneOf" is supported
        key: This is the key to filter on - only "call.endedReason" is allowed for phone number call ending hooks
        one_of: This is the array of assistant-request related ended reasons to match against
    """

    _schema: ClassVar[str] = "PhoneNumberCallEndingHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("oneOf", "one_of"),
    )

    type_: Literal["oneOf"]
    key: Literal["call.endedReason"]
    one_of: list[PhoneNumberCallEndingHookFilterOneOf | _PhoneNumberCallEndingHookFilterOneOfValues]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_PhoneNumberCallEndingHookFilter_items_6 = _h.Items(("enum", "PhoneNumberCallEndingHookFilterOneOf", False))


def _load_PhoneNumberCallEndingHookFilter(
    data: dict[str, Any], strict: bool
) -> PhoneNumberCallEndingHookFilter | dict[str, Any]:
    """PhoneNumberCallEndingHookFilter from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "oneOf" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "key" in data:
        v = data["key"]
        p1 = v if type(v) is str and v == "call.endedReason" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "oneOf" in data:
        v = data["oneOf"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["PhoneNumberCallEndingHookFilterOneOf"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("PhoneNumberCallEndingHookFilterOneOf", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_PhoneNumberCallEndingHookFilter_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_PhoneNumberCallEndingHookFilter:
            return PhoneNumberCallEndingHookFilter(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = PhoneNumberCallEndingHookFilter(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_PhoneNumberCallEndingHookFilter
            }
            return obj
    return {"type": p0, "key": p1, "oneOf": p2}


_KNOWN_PhoneNumberCallEndingHookFilter = frozenset(("type", "key", "oneOf"))


def _to_dict_PhoneNumberCallEndingHookFilter(self: PhoneNumberCallEndingHookFilter) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.one_of
    if v is not UNSET:
        out["oneOf"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


PhoneNumberCallEndingHookFilter._fast_load = _load_PhoneNumberCallEndingHookFilter
setattr(PhoneNumberCallEndingHookFilter, "to_dict", _to_dict_PhoneNumberCallEndingHookFilter)  # noqa: B010 - replaces Model.to_dict

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
from ..types import UNSET

__all__ = ["PhoneNumberCallRingingHookFilter"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PhoneNumberCallRingingHookFilter(Model):
    """PhoneNumberCallRingingHookFilter

    Attributes:
        type_: This is the type of filter - matches when the specified field starts with any of the given prefixes
        key: The field to check. Currently only "number" (the caller's phone number) is supported.
        starts_with: Array of prefixes to match. Do not include the + prefix. Inbound calls from numbers starting with
            any of these prefixes will trigger the hook actions.
    """

    _schema: ClassVar[str] = "PhoneNumberCallRingingHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("startsWith", "starts_with"),
    )

    type_: Literal["startsWith"]
    key: Literal["number"]
    starts_with: list[str]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_PhoneNumberCallRingingHookFilter(
    data: dict[str, Any], strict: bool
) -> PhoneNumberCallRingingHookFilter | dict[str, Any]:
    """PhoneNumberCallRingingHookFilter from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "startsWith" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "key" in data:
        v = data["key"]
        p1 = v if type(v) is str and v == "number" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "startsWith" in data:
        v = data["startsWith"]
        p2 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 20 for e in v) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_PhoneNumberCallRingingHookFilter:
            return PhoneNumberCallRingingHookFilter(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = PhoneNumberCallRingingHookFilter(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_PhoneNumberCallRingingHookFilter
            }
            return obj
    return {"type": p0, "key": p1, "startsWith": p2}


_KNOWN_PhoneNumberCallRingingHookFilter = frozenset(("type", "key", "startsWith"))


def _to_dict_PhoneNumberCallRingingHookFilter(self: PhoneNumberCallRingingHookFilter) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.starts_with
    if v is not UNSET:
        out["startsWith"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


PhoneNumberCallRingingHookFilter._fast_load = _load_PhoneNumberCallRingingHookFilter
setattr(PhoneNumberCallRingingHookFilter, "to_dict", _to_dict_PhoneNumberCallRingingHookFilter)  # noqa: B010 - replaces Model.to_dict

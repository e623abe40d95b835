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

__all__ = ["CallHookFilter"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CallHookFilter(Model):
    """CallHookFilter

    Attributes:
        type_: This is the type of filter - currently only "oneOf" is supported
        key: This is the key to filter on (e.g. "call.endedReason")
        one_of: This is the array of possible values to match against
    """

    _schema: ClassVar[str] = "CallHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("oneOf", "one_of"),
    )

    type_: Literal["oneOf"]
    key: str
    one_of: list[str]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CallHookFilter(data: dict[str, Any], strict: bool) -> CallHookFilter | dict[str, Any]:
    """CallHookFilter from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p1 = v if type(v) is str and len(v) <= 1000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "oneOf" in data:
        v = data["oneOf"]
        p2 = v[:] if type(v) is list and all(type(e) is str and len(e) <= 1000 for e in v) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_CallHookFilter:
            return CallHookFilter(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CallHookFilter(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CallHookFilter}
            return obj
    return {"type": p0, "key": p1, "oneOf": p2}


_KNOWN_CallHookFilter = frozenset(("type", "key", "oneOf"))


def _to_dict_CallHookFilter(self: CallHookFilter) -> dict[str, Any]:
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
        out["oneOf"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CallHookFilter._fast_load = _load_CallHookFilter
setattr(CallHookFilter, "to_dict", _to_dict_CallHookFilter)  # noqa: B010 - replaces Model.to_dict

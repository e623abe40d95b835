# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["SonioxContextGeneralItem"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SonioxContextGeneralItem(Model):
    """SonioxContextGeneralItem

    Attributes:
        key: The key describing the type of context (e.g., "domain", "topic", "doctor", "organization").
        value: The value for the context key (e.g., "Healthcare", "Diabetes management consultation").
    """

    _schema: ClassVar[str] = "SonioxContextGeneralItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("value", "value"),
    )

    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SonioxContextGeneralItem(data: dict[str, Any], strict: bool) -> SonioxContextGeneralItem | dict[str, Any]:
    """SonioxContextGeneralItem from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "key" in data:
        v = data["key"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "value" in data:
        v = data["value"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_SonioxContextGeneralItem:
            return SonioxContextGeneralItem(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SonioxContextGeneralItem(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SonioxContextGeneralItem}
            return obj
    return {"key": p0, "value": p1}


_KNOWN_SonioxContextGeneralItem = frozenset(("key", "value"))


def _to_dict_SonioxContextGeneralItem(self: SonioxContextGeneralItem) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
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


SonioxContextGeneralItem._fast_load = _load_SonioxContextGeneralItem
setattr(SonioxContextGeneralItem, "to_dict", _to_dict_SonioxContextGeneralItem)  # noqa: B010 - replaces Model.to_dict

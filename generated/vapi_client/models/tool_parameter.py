# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

__all__ = ["ToolParameter"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolParameter(Model):
    """ToolParameter

    Attributes:
        key: This is the key of the parameter.
        value: The value of the parameter. Any JSON type. String values support Liquid templates.
    """

    _schema: ClassVar[str] = "ToolParameter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("value", "value"),
    )

    key: str
    value: str | float | bool | dict[str, Any] | list[Any]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ToolParameter_one_of_1 = _h.OneOf(("string", {}), ("number", {}), ("boolean",), ("object",), ("array", ("any",), {}))


def _load_ToolParameter(data: dict[str, Any], strict: bool) -> ToolParameter | dict[str, Any]:
    """ToolParameter from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
        p1 = _ToolParameter_one_of_1(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolParameter:
            return ToolParameter(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolParameter(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolParameter}
            return obj
    return {"key": p0, "value": p1}


_KNOWN_ToolParameter = frozenset(("key", "value"))


def _to_dict_ToolParameter(self: ToolParameter) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.value
    if v is not UNSET:
        out["value"] = _h.dump_json(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolParameter._fast_load = _load_ToolParameter
setattr(ToolParameter, "to_dict", _to_dict_ToolParameter)  # noqa: B010 - replaces Model.to_dict

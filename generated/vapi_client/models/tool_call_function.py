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

__all__ = ["ToolCallFunction"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolCallFunction(Model):
    """ToolCallFunction

    Attributes:
        arguments: This is the arguments to call the function with
        name: This is the name of the function to call
    """

    _schema: ClassVar[str] = "ToolCallFunction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("name", "name"),
    )

    arguments: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolCallFunction(data: dict[str, Any], strict: bool) -> ToolCallFunction | dict[str, Any]:
    """ToolCallFunction from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "arguments" in data:
        v = data["arguments"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolCallFunction:
            return ToolCallFunction(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolCallFunction(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolCallFunction}
            return obj
    return {"arguments": p0, "name": p1}


_KNOWN_ToolCallFunction = frozenset(("arguments", "name"))


def _to_dict_ToolCallFunction(self: ToolCallFunction) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.arguments
    if v is not UNSET:
        out["arguments"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolCallFunction._fast_load = _load_ToolCallFunction
setattr(ToolCallFunction, "to_dict", _to_dict_ToolCallFunction)  # noqa: B010 - replaces Model.to_dict

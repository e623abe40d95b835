# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


__all__ = ["ToolCall"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolCall(Model):
    """ToolCall

    Attributes:
        id: This is the ID of the tool call
        type_: This is the type of tool
        function: This is the function that was called
    """

    _schema: ClassVar[str] = "ToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type_"),
        ("function", "function"),
    )

    id: str
    type_: str
    function: ToolCallFunction
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolCall(data: dict[str, Any], strict: bool) -> ToolCall | dict[str, Any]:
    """ToolCall from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "id" in data:
        v = data["id"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "type" in data:
        v = data["type"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "function" in data:
        v = data["function"]
        p2 = _FAST["ToolCallFunction"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("ToolCallFunction", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolCall:
            return ToolCall(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolCall(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolCall}
            return obj
    return {"id": p0, "type": p1, "function": p2}


_KNOWN_ToolCall = frozenset(("id", "type", "function"))


def _to_dict_ToolCall(self: ToolCall) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.id
    if v is not UNSET:
        out["id"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.function
    if v is not UNSET:
        out["function"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolCall._fast_load = _load_ToolCall
setattr(ToolCall, "to_dict", _to_dict_ToolCall)  # noqa: B010 - replaces Model.to_dict

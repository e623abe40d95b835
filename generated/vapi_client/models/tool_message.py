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

__all__ = ["ToolMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolMessage(Model):
    """ToolMessage

    Attributes:
        role: This is the role of the message author
        content: This is the content of the tool message
        tool_call_id: This is the ID of the tool call this message is responding to
        name: This is an optional name for the participant
        metadata: This is an optional metadata for the message
    """

    _schema: ClassVar[str] = "ToolMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("tool_call_id", "tool_call_id"),
        ("name", "name"),
        ("metadata", "metadata"),
    )

    role: Literal["tool"]
    content: str
    tool_call_id: str
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolMessage(data: dict[str, Any], strict: bool) -> ToolMessage | dict[str, Any]:
    """ToolMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "tool" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "content" in data:
        v = data["content"]
        p1 = v if type(v) is str and len(v) <= 10000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "tool_call_id" in data:
        v = data["tool_call_id"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p4 = v if type(v) is dict else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolMessage:
            return ToolMessage(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolMessage(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolMessage}
            return obj
    return {"role": p0, "content": p1, "tool_call_id": p2, "name": p3, "metadata": p4}


_KNOWN_ToolMessage = frozenset(("role", "content", "tool_call_id", "name", "metadata"))


def _to_dict_ToolMessage(self: ToolMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tool_call_id
    if v is not UNSET:
        out["tool_call_id"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolMessage._fast_load = _load_ToolMessage
setattr(ToolMessage, "to_dict", _to_dict_ToolMessage)  # noqa: B010 - replaces Model.to_dict

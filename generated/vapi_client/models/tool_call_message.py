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

__all__ = ["ToolCallMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolCallMessage(Model):
    """ToolCallMessage

    Attributes:
        role: The role of the tool call in the conversation.
        tool_calls: The list of tool calls made during the conversation.
        message: The message content for the tool call.
        time: The timestamp when the message was sent.
        seconds_from_start: The number of seconds from the start of the conversation.
    """

    _schema: ClassVar[str] = "ToolCallMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("toolCalls", "tool_calls"),
        ("message", "message"),
        ("time", "time"),
        ("secondsFromStart", "seconds_from_start"),
    )

    role: Literal["tool_calls"]
    tool_calls: list[dict[str, Any]]
    message: str
    time: float
    seconds_from_start: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolCallMessage(data: dict[str, Any], strict: bool) -> ToolCallMessage | dict[str, Any]:
    """ToolCallMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "tool_calls" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "toolCalls" in data:
        v = data["toolCalls"]
        p1 = v[:] if type(v) is list and all(type(e) is dict for e in v) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "time" in data:
        v = data["time"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "secondsFromStart" in data:
        v = data["secondsFromStart"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolCallMessage:
            return ToolCallMessage(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolCallMessage(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolCallMessage}
            return obj
    return {"role": p0, "toolCalls": p1, "message": p2, "time": p3, "secondsFromStart": p4}


_KNOWN_ToolCallMessage = frozenset(("role", "toolCalls", "message", "time", "secondsFromStart"))


def _to_dict_ToolCallMessage(self: ToolCallMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tool_calls
    if v is not UNSET:
        out["toolCalls"] = _h.fresh(v)
    v = self.message
    if v is not UNSET:
        out["message"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.time
    if v is not UNSET:
        out["time"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.seconds_from_start
    if v is not UNSET:
        out["secondsFromStart"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolCallMessage._fast_load = _load_ToolCallMessage
setattr(ToolCallMessage, "to_dict", _to_dict_ToolCallMessage)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_result_message_warning import ToolCallResultMessageWarning


__all__ = ["ToolCallResultMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolCallResultMessage(Model):
    """ToolCallResultMessage

    Attributes:
        role: The role of the tool call result in the conversation.
        tool_call_id: The ID of the tool call.
        name: The name of the tool that returned the result.
        result: The result of the tool call in JSON format.
        time: The timestamp when the message was sent.
        seconds_from_start: The number of seconds from the start of the conversation.
        metadata: The metadata for the tool call result.
        warnings: Warnings raised for this tool call result, e.g. when the response is
            larger than recommended for voice AI context windows.
    """

    _schema: ClassVar[str] = "ToolCallResultMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("toolCallId", "tool_call_id"),
        ("name", "name"),
        ("result", "result"),
        ("time", "time"),
        ("secondsFromStart", "seconds_from_start"),
        ("metadata", "metadata"),
        ("warnings", "warnings"),
    )

    role: Literal["tool_call_result"]
    tool_call_id: str
    name: str
    result: str
    time: float
    seconds_from_start: float
    metadata: dict[str, Any] | Unset = UNSET
    warnings: list[ToolCallResultMessageWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ToolCallResultMessage_items_6 = _h.Items(("model", "ToolCallResultMessageWarning"))


def _load_ToolCallResultMessage(data: dict[str, Any], strict: bool) -> ToolCallResultMessage | dict[str, Any]:
    """ToolCallResultMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "tool_call_result" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "toolCallId" in data:
        v = data["toolCallId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "result" in data:
        v = data["result"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "time" in data:
        v = data["time"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "secondsFromStart" in data:
        v = data["secondsFromStart"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    else:
        p5 = _S
        slow = True
    if "metadata" in data:
        v = data["metadata"]
        p6 = v if type(v) is dict else _S
        if p6 is _S:
            slow = True
    if "warnings" in data:
        v = data["warnings"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["ToolCallResultMessageWarning"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("ToolCallResultMessageWarning", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p7 = _R(_ToolCallResultMessage_items_6, out3) if resume5 else out3
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolCallResultMessage:
            return ToolCallResultMessage(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolCallResultMessage(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolCallResultMessage}
            return obj
    return {
        "role": p0,
        "toolCallId": p1,
        "name": p2,
        "result": p3,
        "time": p4,
        "secondsFromStart": p5,
        "metadata": p6,
        "warnings": p7,
    }


_KNOWN_ToolCallResultMessage = frozenset(
    ("role", "toolCallId", "name", "result", "time", "secondsFromStart", "metadata", "warnings")
)


def _to_dict_ToolCallResultMessage(self: ToolCallResultMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tool_call_id
    if v is not UNSET:
        out["toolCallId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.result
    if v is not UNSET:
        out["result"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.time
    if v is not UNSET:
        out["time"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.seconds_from_start
    if v is not UNSET:
        out["secondsFromStart"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    v = self.warnings
    if v is not UNSET:
        out["warnings"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolCallResultMessage._fast_load = _load_ToolCallResultMessage
setattr(ToolCallResultMessage, "to_dict", _to_dict_ToolCallResultMessage)  # noqa: B010 - replaces Model.to_dict

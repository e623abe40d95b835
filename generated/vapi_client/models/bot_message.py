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

__all__ = ["BotMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class BotMessage(Model):
    """BotMessage

    Attributes:
        role: The role of the bot in the conversation.
        message: The message content from the bot.
        time: The timestamp when the message was sent.
        end_time: The timestamp when the message ended.
        seconds_from_start: The number of seconds from the start of the conversation.
        source: The source of the message.
        duration: The duration of the message in seconds.
        assistant_name: The name of the assistant that produced this message. In a squad or
            handoff call this is the specific sub-agent active when the message was
            spoken, letting the transcript label each message by speaker.
        assistant_id: The ID of the assistant that produced this message. Stable reference for
            the assistant named in `assistantName`.
    """

    _schema: ClassVar[str] = "BotMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("message", "message"),
        ("time", "time"),
        ("endTime", "end_time"),
        ("secondsFromStart", "seconds_from_start"),
        ("source", "source"),
        ("duration", "duration"),
        ("assistantName", "assistant_name"),
        ("assistantId", "assistant_id"),
    )

    role: Literal["bot"]
    message: str
    time: float
    end_time: float
    seconds_from_start: float
    source: str | Unset = UNSET
    duration: float | Unset = UNSET
    assistant_name: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_BotMessage(data: dict[str, Any], strict: bool) -> BotMessage | dict[str, Any]:
    """BotMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "bot" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "time" in data:
        v = data["time"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "endTime" in data:
        v = data["endTime"]
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
    if "source" in data:
        v = data["source"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "duration" in data:
        v = data["duration"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p6 is _S:
            slow = True
    if "assistantName" in data:
        v = data["assistantName"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BotMessage:
            return BotMessage(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BotMessage(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BotMessage}
            return obj
    return {
        "role": p0,
        "message": p1,
        "time": p2,
        "endTime": p3,
        "secondsFromStart": p4,
        "source": p5,
        "duration": p6,
        "assistantName": p7,
        "assistantId": p8,
    }


_KNOWN_BotMessage = frozenset(
    ("role", "message", "time", "endTime", "secondsFromStart", "source", "duration", "assistantName", "assistantId")
)


def _to_dict_BotMessage(self: BotMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.message
    if v is not UNSET:
        out["message"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.time
    if v is not UNSET:
        out["time"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.end_time
    if v is not UNSET:
        out["endTime"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.seconds_from_start
    if v is not UNSET:
        out["secondsFromStart"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.source
    if v is not UNSET:
        out["source"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.duration
    if v is not UNSET:
        out["duration"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_name
    if v is not UNSET:
        out["assistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BotMessage._fast_load = _load_BotMessage
setattr(BotMessage, "to_dict", _to_dict_BotMessage)  # noqa: B010 - replaces Model.to_dict

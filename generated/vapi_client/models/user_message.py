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

__all__ = ["UserMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class UserMessage(Model):
    """UserMessage

    Attributes:
        role: The role of the user in the conversation.
        message: The message content from the user.
        time: The timestamp when the message was sent.
        end_time: The timestamp when the message ended.
        seconds_from_start: The number of seconds from the start of the conversation.
        duration: The duration of the message in seconds.
        is_filtered: Indicates if the message was filtered for security reasons.
        detected_threats: List of detected security threats if the message was filtered.
        original_message: The original message before filtering (only included if content was filtered).
        metadata: The metadata associated with the message. Currently used to store the transcriber's word level
            confidence.
        speaker_label: Stable speaker label for diarized user speakers (e.g., "Speaker 1").
    """

    _schema: ClassVar[str] = "UserMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("message", "message"),
        ("time", "time"),
        ("endTime", "end_time"),
        ("secondsFromStart", "seconds_from_start"),
        ("duration", "duration"),
        ("isFiltered", "is_filtered"),
        ("detectedThreats", "detected_threats"),
        ("originalMessage", "original_message"),
        ("metadata", "metadata"),
        ("speakerLabel", "speaker_label"),
    )

    role: Literal["user"]
    message: str
    time: float
    end_time: float
    seconds_from_start: float
    duration: float | Unset = UNSET
    is_filtered: bool | Unset = UNSET
    detected_threats: list[str] | Unset = UNSET
    original_message: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    speaker_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_UserMessage(data: dict[str, Any], strict: bool) -> UserMessage | dict[str, Any]:
    """UserMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p9: Any = unset
    p10: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "user" else _S
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
    if "duration" in data:
        v = data["duration"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p5 is _S:
            slow = True
    if "isFiltered" in data:
        v = data["isFiltered"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "detectedThreats" in data:
        v = data["detectedThreats"]
        p7 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p7 is _S:
            slow = True
    if "originalMessage" in data:
        v = data["originalMessage"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p9 = v if type(v) is dict else _S
        if p9 is _S:
            slow = True
    if "speakerLabel" in data:
        v = data["speakerLabel"]
        p10 = v if type(v) is str else _S
        if p10 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_UserMessage:
            return UserMessage(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = UserMessage(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_UserMessage}
            return obj
    return {
        "role": p0,
        "message": p1,
        "time": p2,
        "endTime": p3,
        "secondsFromStart": p4,
        "duration": p5,
        "isFiltered": p6,
        "detectedThreats": p7,
        "originalMessage": p8,
        "metadata": p9,
        "speakerLabel": p10,
    }


_KNOWN_UserMessage = frozenset(
    (
        "role",
        "message",
        "time",
        "endTime",
        "secondsFromStart",
        "duration",
        "isFiltered",
        "detectedThreats",
        "originalMessage",
        "metadata",
        "speakerLabel",
    )
)


def _to_dict_UserMessage(self: UserMessage) -> dict[str, Any]:
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
    v = self.duration
    if v is not UNSET:
        out["duration"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.is_filtered
    if v is not UNSET:
        out["isFiltered"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.detected_threats
    if v is not UNSET:
        out["detectedThreats"] = _h.fresh(v)
    v = self.original_message
    if v is not UNSET:
        out["originalMessage"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    v = self.speaker_label
    if v is not UNSET:
        out["speakerLabel"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


UserMessage._fast_load = _load_UserMessage
setattr(UserMessage, "to_dict", _to_dict_UserMessage)  # noqa: B010 - replaces Model.to_dict

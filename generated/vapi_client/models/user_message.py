from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["UserMessage"]


@_attrs_define(repr=False)
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
        metadata: Any JSON object: free-form data the API stores and returns as given.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

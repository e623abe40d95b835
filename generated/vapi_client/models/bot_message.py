from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["BotMessage"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

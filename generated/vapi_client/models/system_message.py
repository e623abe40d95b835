from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["SystemMessage"]


@_attrs_define(repr=False)
class SystemMessage(Model):
    """SystemMessage

    Attributes:
        role: The role of the system in the conversation.
        message: The message content from the system.
        time: The timestamp when the message was sent.
        seconds_from_start: The number of seconds from the start of the conversation.
    """

    _schema: ClassVar[str] = "SystemMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("message", "message"),
        ("time", "time"),
        ("secondsFromStart", "seconds_from_start"),
    )

    role: Literal["system"]
    message: str
    time: float
    seconds_from_start: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

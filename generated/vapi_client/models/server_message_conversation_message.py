from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ServerMessageConversationMessage"]


@_attrs_define(repr=False)
class ServerMessageConversationMessage(Model):
    """One message of the conversation in an end-of-call report.

    Attributes:
        role: Who the message comes from, such as 'system', 'bot' or 'user'.
        message: Text of the message.
    """

    _schema: ClassVar[str] = "ServerMessageConversationMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("message", "message"),
    )

    role: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

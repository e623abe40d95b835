from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageConversationUpdate"]


@_attrs_define(repr=False)
class ServerMessageConversationUpdate(Model):
    """The conversation history changed.

    Attributes:
        type_: Discriminator marking the message type.
        messages: The conversation so far, as chat messages.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageConversationUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("call", "call"),
    )

    type_: Literal["conversation-update"]
    messages: list[dict[str, Any]] | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

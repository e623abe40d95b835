from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageSpeechUpdate"]


@_attrs_define(repr=False)
class ServerMessageSpeechUpdate(Model):
    """The assistant or the customer started or stopped speaking.

    Attributes:
        type_: Discriminator marking the message type.
        status: Whether speech 'started' or 'stopped'.
        role: Who is speaking, 'assistant' or 'user'.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageSpeechUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("status", "status"),
        ("role", "role"),
        ("call", "call"),
    )

    type_: Literal["speech-update"]
    status: str | Unset = UNSET
    role: str | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

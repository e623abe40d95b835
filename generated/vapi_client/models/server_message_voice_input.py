from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageVoiceInput"]


@_attrs_define(repr=False)
class ServerMessageVoiceInput(Model):
    """Text the assistant is about to speak.

    Attributes:
        type_: Discriminator marking the message type.
        input_: The text sent to the voice.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageVoiceInput"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("input", "input_"),
        ("call", "call"),
    )

    type_: Literal["voice-input"]
    input_: str | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageTranscript"]


@_attrs_define(repr=False)
class ServerMessageTranscript(Model):
    """A partial or final transcript of what the assistant or the customer said.

    Attributes:
        type_: Discriminator marking the message type.
        role: Who spoke, 'assistant' or 'user'.
        transcript_type: Whether the text is 'partial' (may still change) or 'final'.
        transcript: The transcribed text.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageTranscript"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("role", "role"),
        ("transcriptType", "transcript_type"),
        ("transcript", "transcript"),
        ("call", "call"),
    )

    type_: Literal["transcript"]
    role: str | Unset = UNSET
    transcript_type: str | Unset = UNSET
    transcript: str | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

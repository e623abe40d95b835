from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageAssistantRequest"]


@_attrs_define(repr=False)
class ServerMessageAssistantRequest(Model):
    """Asks which assistant answers an inbound call. Reply within 7.5 seconds with a
    ServerMessageResponseAssistantRequest, or the call fails.

    Attributes:
        type_: Discriminator marking the message type.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageAssistantRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("call", "call"),
    )

    type_: Literal["assistant-request"]
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

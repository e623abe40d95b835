from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessagePhoneCallControl"]


@_attrs_define(repr=False)
class ServerMessagePhoneCallControl(Model):
    """Asks your server to control the phone call itself, such as forwarding it or hanging up.

    Attributes:
        type_: Discriminator marking the message type.
        request: What to do with the call, such as 'forward' or 'hang-up'.
        destination: Where to forward the call, for a 'forward' request.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessagePhoneCallControl"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("request", "request"),
        ("destination", "destination"),
        ("call", "call"),
    )

    type_: Literal["phone-call-control"]
    request: str | Unset = UNSET
    destination: dict[str, Any] | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

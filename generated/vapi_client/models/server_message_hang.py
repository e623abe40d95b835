from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call


__all__ = ["ServerMessageHang"]


@_attrs_define(repr=False)
class ServerMessageHang(Model):
    """The assistant has not answered for 5 seconds or more.

    Attributes:
        type_: Discriminator marking the message type.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageHang"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("call", "call"),
    )

    type_: Literal["hang"]
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

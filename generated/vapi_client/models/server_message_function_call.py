from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.server_message_function_call_details import ServerMessageFunctionCallDetails


__all__ = ["ServerMessageFunctionCall"]


@_attrs_define(repr=False)
class ServerMessageFunctionCall(Model):
    """The model called a function tool. Reply with a ServerMessageResponseFunctionCall.

    Attributes:
        type_: Discriminator marking the message type.
        function_call: A function call requested by the model.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageFunctionCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("functionCall", "function_call"),
        ("call", "call"),
    )

    type_: Literal["function-call"]
    function_call: ServerMessageFunctionCallDetails
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_transfer_destination import AssistantTransferDestination
    from ..models.open_ai_function import OpenAIFunction
    from ..models.phone_number_transfer_destination import PhoneNumberTransferDestination
    from ..models.server import Server
    from ..models.sip_transfer_destination import SipTransferDestination
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.unknown_variants import UnknownToolMessage, UnknownTransferDestination


__all__ = ["CreateTransferCallToolDTO"]


@_attrs_define(repr=False)
class CreateTransferCallToolDTO(Model):
    """Tool that lets the assistant transfer the call to another assistant, phone number or SIP address.

    Attributes:
        type_: Discriminator marking which kind of tool this is.
        async_: When true, the assistant carries on without waiting for the tool's result.
        messages: Messages the assistant speaks while the tool runs, finishes, fails or takes long.
        destinations: Places the call may be transferred to: assistants, phone numbers or SIP URIs.
        function: Definition of a function the model may call, in OpenAI function-calling format.
        server: A webhook endpoint that receives requests, with an optional verification secret.
    """

    _schema: ClassVar[str] = "CreateTransferCallToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("async", "async_"),
        ("messages", "messages"),
        ("destinations", "destinations"),
        ("function", "function"),
        ("server", "server"),
    )

    type_: Literal["transferCall"]
    async_: bool | Unset = UNSET
    messages: (
        list[ToolMessageStart | ToolMessageComplete | ToolMessageFailed | ToolMessageDelayed | UnknownToolMessage]
        | Unset
    ) = UNSET
    destinations: (
        list[
            AssistantTransferDestination
            | PhoneNumberTransferDestination
            | SipTransferDestination
            | UnknownTransferDestination
        ]
        | Unset
    ) = UNSET
    function: OpenAIFunction | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

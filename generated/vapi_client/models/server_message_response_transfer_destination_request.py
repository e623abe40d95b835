from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.transfer_destination_assistant import TransferDestinationAssistant
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages, UnknownTransferDestination


__all__ = ["ServerMessageResponseTransferDestinationRequest"]


@_attrs_define(repr=False)
class ServerMessageResponseTransferDestinationRequest(Model):
    """ServerMessageResponseTransferDestinationRequest

    Attributes:
        destination:
        message:
        error: This is the error message if the transfer should not be made.
    """

    _schema: ClassVar[str] = "ServerMessageResponseTransferDestinationRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("message", "message"),
        ("error", "error"),
    )

    destination: (
        TransferDestinationAssistant
        | TransferDestinationNumber
        | TransferDestinationSip
        | UnknownTransferDestination
        | Unset
    ) = UNSET
    message: (
        ToolMessageStart
        | ToolMessageComplete
        | ToolMessageFailed
        | ToolMessageDelayed
        | UnknownBashToolWithToolCallMessages
        | Unset
    ) = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

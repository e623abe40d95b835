from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.transfer_destination_assistant import TransferDestinationAssistant
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages, UnknownTransferDestination


__all__ = ["CreateTransferCallToolDTO"]


@_attrs_define(repr=False)
class CreateTransferCallToolDTO(Model):
    """CreateTransferCallToolDTO

    Attributes:
        type_:
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        destinations: These are the destinations that the call can be transferred to. If no destinations are provided,
            server.url will be used to get the transfer destination once the tool is called.
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateTransferCallToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("destinations", "destinations"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["transferCall"]
    messages: (
        list[
            ToolMessageStart
            | ToolMessageComplete
            | ToolMessageFailed
            | ToolMessageDelayed
            | UnknownBashToolWithToolCallMessages
        ]
        | Unset
    ) = UNSET
    destinations: (
        list[
            TransferDestinationAssistant
            | TransferDestinationNumber
            | TransferDestinationSip
            | UnknownTransferDestination
        ]
        | Unset
    ) = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.transfer_destination_assistant_transfer_mode import TransferDestinationAssistantTransferMode
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferDestinationAssistant"]


@_attrs_define(repr=False)
class TransferDestinationAssistant(Model):
    """TransferDestinationAssistant

    Attributes:
        type_:
        assistant_name: This is the assistant to transfer the call to.
        message: This is spoken to the customer before connecting them to the destination.

            Usage:
            - If this is not provided and transfer tool messages is not provided, default is "Transferring the
            call now".
            - If set to "", nothing is spoken. This is useful when you want to silently transfer. This is
            especially useful when transferring between assistants in a squad. In this scenario, you likely also
            want to set `assistant.firstMessageMode=assistant-speaks-first-with-model-generated-message` for the
            destination assistant.

            This accepts a string or a ToolMessageStart class. Latter is useful if you want to specify multiple
            messages for different languages through the `contents` field.
        transfer_mode:
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "TransferDestinationAssistant"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("assistantName", "assistant_name"),
        ("message", "message"),
        ("transferMode", "transfer_mode"),
        ("description", "description"),
    )

    type_: Literal["assistant"]
    assistant_name: str
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    transfer_mode: TransferDestinationAssistantTransferMode | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

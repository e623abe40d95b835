from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_message import BotMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.transfer_artifact_mode import TransferArtifactMode
    from ..models.transfer_artifact_status import TransferArtifactStatus
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownConversationMessage, UnknownDestination
    from ..models.user_message import UserMessage


__all__ = ["TransferArtifact"]


@_attrs_define(repr=False)
class TransferArtifact(Model):
    """TransferArtifact

    Attributes:
        destination:
        mode:
        transcript: Flat-text transcript / announcement preview of the transfer.
        status:
        messages: The agent↔operator conversation captured during a
            warm-transfer-experimental, rendered as bubbles.
    """

    _schema: ClassVar[str] = "TransferArtifact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("mode", "mode"),
        ("transcript", "transcript"),
        ("status", "status"),
        ("messages", "messages"),
    )

    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination
    mode: TransferArtifactMode | Unset = UNSET
    transcript: str | Unset = UNSET
    status: TransferArtifactStatus | Unset = UNSET
    messages: (
        list[
            UserMessage
            | SystemMessage
            | BotMessage
            | ToolCallMessage
            | ToolCallResultMessage
            | UnknownConversationMessage
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

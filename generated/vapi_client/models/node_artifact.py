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
    from ..models.unknown_variants import UnknownConversationMessage
    from ..models.user_message import UserMessage


__all__ = ["NodeArtifact"]


@_attrs_define(repr=False)
class NodeArtifact(Model):
    """NodeArtifact

    Attributes:
        messages: These are the messages that were spoken during the node.
        node_name: This is the node name.
        variable_values: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "NodeArtifact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("nodeName", "node_name"),
        ("variableValues", "variable_values"),
    )

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
    node_name: str | Unset = UNSET
    variable_values: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

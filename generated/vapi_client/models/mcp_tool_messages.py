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
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["McpToolMessages"]


@_attrs_define(repr=False)
class McpToolMessages(Model):
    """McpToolMessages

    Attributes:
        name: The name of the tool from the MCP server.
        messages: Custom messages for this specific tool. Set to an empty array to suppress all messages for this
            tool. If not provided, the tool will use the default messages from the parent MCP tool
            configuration. Multiple request-start messages are variants. For request-response-delayed, same
            timing means variants and different timings mean staged updates.
    """

    _schema: ClassVar[str] = "McpToolMessages"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("messages", "messages"),
    )

    name: str
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

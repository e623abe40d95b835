from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_messages import McpToolMessages
    from ..models.mcp_tool_metadata import McpToolMetadata
    from ..models.server import Server
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["CreateMcpToolDTO"]


@_attrs_define(repr=False)
class CreateMcpToolDTO(Model):
    """CreateMcpToolDTO

    Attributes:
        type_: The type of tool. "mcp" for MCP tool.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        server:
        tool_messages: Per-tool message overrides for individual tools loaded from the MCP server. Set messages to an empty
            array to suppress messages for a specific tool. Tools not listed here will use the default messages
            from the parent tool.
        metadata:
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateMcpToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("server", "server"),
        ("toolMessages", "tool_messages"),
        ("metadata", "metadata"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["mcp"]
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
    server: Server | Unset = UNSET
    tool_messages: list[McpToolMessages] | Unset = UNSET
    metadata: McpToolMetadata | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server import Server
    from ..models.tool_call import ToolCall
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["BashToolWithToolCall"]


@_attrs_define(repr=False)
class BashToolWithToolCall(Model):
    """BashToolWithToolCall

    Attributes:
        type_: The type of tool. "bash" for Bash tool.
        sub_type: The sub type of tool.
        tool_call:
        name: The name of the tool, fixed to 'bash'
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        server:
        rejection_plan:
    """

    _schema: ClassVar[str] = "BashToolWithToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("subType", "sub_type"),
        ("toolCall", "tool_call"),
        ("name", "name"),
        ("messages", "messages"),
        ("server", "server"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["bash"]
    sub_type: Literal["bash_20241022"]
    tool_call: ToolCall
    name: Literal["bash"]
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
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.make_tool_metadata import MakeToolMetadata
    from ..models.tool_call import ToolCall
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["MakeToolWithToolCall"]


@_attrs_define(repr=False)
class MakeToolWithToolCall(Model):
    """MakeToolWithToolCall

    Attributes:
        type_: The type of tool. "make" for Make tool.
        tool_call:
        metadata:
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        rejection_plan:
    """

    _schema: ClassVar[str] = "MakeToolWithToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("toolCall", "tool_call"),
        ("metadata", "metadata"),
        ("messages", "messages"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["make"]
    tool_call: ToolCall
    metadata: MakeToolMetadata
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
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

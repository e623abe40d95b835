from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_function import OpenAIFunction
    from ..models.server import Server
    from ..models.tool_call import ToolCall
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_parameter import ToolParameter
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["FunctionToolWithToolCall"]


@_attrs_define(repr=False)
class FunctionToolWithToolCall(Model):
    """FunctionToolWithToolCall

    Attributes:
        type_: The type of tool. "function" for Function tool.
        tool_call:
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        async_: This determines if the tool is async.

              If async, the assistant will move forward without waiting for your server to respond. This is
            useful if you just want to trigger something on your server.

              If sync, the assistant will wait for your server to respond. This is useful if want assistant to
            respond with the result from your server.

              Defaults to synchronous (`false`).
        server:
        variable_extraction_plan:
        parameters: Static key-value pairs merged into the request body. Values support Liquid templates.
        function:
        rejection_plan:
    """

    _schema: ClassVar[str] = "FunctionToolWithToolCall"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("toolCall", "tool_call"),
        ("messages", "messages"),
        ("async", "async_"),
        ("server", "server"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("parameters", "parameters"),
        ("function", "function"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["function"]
    tool_call: ToolCall
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
    async_: bool | Unset = UNSET
    server: Server | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    parameters: list[ToolParameter] | Unset = UNSET
    function: OpenAIFunction | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_tool_environment_variable import CodeToolEnvironmentVariable
    from ..models.open_ai_function import OpenAIFunction
    from ..models.server import Server
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["CreateCodeToolDTO"]


@_attrs_define(repr=False)
class CreateCodeToolDTO(Model):
    """CreateCodeToolDTO

    Attributes:
        type_: The type of tool. "code" for Code tool.
        code: TypeScript code to execute when the tool is called
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        async_: This determines if the tool is async.

              If async, the assistant will move forward without waiting for your server to respond. This is
            useful if you just want to trigger something on your server.

              If sync, the assistant will wait for your server to respond. This is useful if want assistant to
            respond with the result from your server.

              Defaults to synchronous (`false`).
        server:
        environment_variables: Environment variables available in code via `env` object
        timeout_seconds: This is the timeout in seconds for the code execution. Defaults to 10 seconds.
            Maximum is 30 seconds to prevent abuse.

            @default 10
        credential_id: Credential ID containing the Val Town API key
        variable_extraction_plan:
        function:
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateCodeToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("code", "code"),
        ("messages", "messages"),
        ("async", "async_"),
        ("server", "server"),
        ("environmentVariables", "environment_variables"),
        ("timeoutSeconds", "timeout_seconds"),
        ("credentialId", "credential_id"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("function", "function"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["code"]
    code: str
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
    environment_variables: list[CodeToolEnvironmentVariable] | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    credential_id: str | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    function: OpenAIFunction | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

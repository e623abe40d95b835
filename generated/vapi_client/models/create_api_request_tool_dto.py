from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backoff_plan import BackoffPlan
    from ..models.create_api_request_tool_dto_method import CreateApiRequestToolDTOMethod
    from ..models.json_schema import JsonSchema
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_parameter import ToolParameter
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["CreateApiRequestToolDTO"]


@_attrs_define(repr=False)
class CreateApiRequestToolDTO(Model):
    """CreateApiRequestToolDTO

    Attributes:
        type_: The type of tool. "apiRequest" for API request tool.
        method:
        url: This is where the request will be sent.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        name: This is the name of the tool. This will be passed to the model.

            Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 40.
        timeout_seconds: This is the timeout in seconds for the request. Defaults to 20 seconds.

            @default 20
        credential_id: The credential ID for API request authentication
        encrypted_paths: This is the paths to encrypt in the request body if credentialId and encryptionPlan are defined.
        parameters: Static key-value pairs merged into the request body. Values support Liquid templates.
        description: This is the description of the tool. This will be passed to the model.
        body:
        headers:
        backoff_plan:
        variable_extraction_plan:
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateApiRequestToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("method", "method"),
        ("url", "url"),
        ("messages", "messages"),
        ("name", "name"),
        ("timeoutSeconds", "timeout_seconds"),
        ("credentialId", "credential_id"),
        ("encryptedPaths", "encrypted_paths"),
        ("parameters", "parameters"),
        ("description", "description"),
        ("body", "body"),
        ("headers", "headers"),
        ("backoffPlan", "backoff_plan"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["apiRequest"]
    method: CreateApiRequestToolDTOMethod
    url: str
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
    name: str | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    credential_id: str | Unset = UNSET
    encrypted_paths: list[str] | Unset = UNSET
    parameters: list[ToolParameter] | Unset = UNSET
    description: str | Unset = UNSET
    body: JsonSchema | Unset = UNSET
    headers: JsonSchema | Unset = UNSET
    backoff_plan: BackoffPlan | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

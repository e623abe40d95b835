from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_sip_request_tool_dto_verb import CreateSipRequestToolDTOVerb
    from ..models.json_schema import JsonSchema
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["CreateSipRequestToolDTO"]


@_attrs_define(repr=False)
class CreateSipRequestToolDTO(Model):
    """CreateSipRequestToolDTO

    Attributes:
        type_: The type of tool. "sipRequest" for SIP request tool.
        verb:
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        headers:
        body: Body to include in the SIP request. Either a literal string body, or a JSON schema describing a
            structured body that the model should populate.
        rejection_plan:
    """

    _schema: ClassVar[str] = "CreateSipRequestToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("verb", "verb"),
        ("messages", "messages"),
        ("headers", "headers"),
        ("body", "body"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["sipRequest"]
    verb: CreateSipRequestToolDTOVerb
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
    headers: JsonSchema | Unset = UNSET
    body: str | JsonSchema | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

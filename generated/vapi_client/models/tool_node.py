from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_request_tool_dto import CreateApiRequestToolDTO
    from ..models.create_bash_tool_dto import CreateBashToolDTO
    from ..models.create_code_tool_dto import CreateCodeToolDTO
    from ..models.create_computer_tool_dto import CreateComputerToolDTO
    from ..models.create_dtmf_tool_dto import CreateDtmfToolDTO
    from ..models.create_end_call_tool_dto import CreateEndCallToolDTO
    from ..models.create_function_tool_dto import CreateFunctionToolDTO
    from ..models.create_go_high_level_calendar_availability_tool_dto import (
        CreateGoHighLevelCalendarAvailabilityToolDTO,
    )
    from ..models.create_go_high_level_calendar_event_create_tool_dto import CreateGoHighLevelCalendarEventCreateToolDTO
    from ..models.create_go_high_level_contact_create_tool_dto import CreateGoHighLevelContactCreateToolDTO
    from ..models.create_go_high_level_contact_get_tool_dto import CreateGoHighLevelContactGetToolDTO
    from ..models.create_google_calendar_check_availability_tool_dto import CreateGoogleCalendarCheckAvailabilityToolDTO
    from ..models.create_google_calendar_create_event_tool_dto import CreateGoogleCalendarCreateEventToolDTO
    from ..models.create_google_sheets_row_append_tool_dto import CreateGoogleSheetsRowAppendToolDTO
    from ..models.create_handoff_tool_dto import CreateHandoffToolDTO
    from ..models.create_mcp_tool_dto import CreateMcpToolDTO
    from ..models.create_query_tool_dto import CreateQueryToolDTO
    from ..models.create_sip_request_tool_dto import CreateSipRequestToolDTO
    from ..models.create_slack_send_message_tool_dto import CreateSlackSendMessageToolDTO
    from ..models.create_sms_tool_dto import CreateSmsToolDTO
    from ..models.create_text_editor_tool_dto import CreateTextEditorToolDTO
    from ..models.create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from ..models.create_voicemail_tool_dto import CreateVoicemailToolDTO
    from ..models.unknown_variants import UnknownTool


__all__ = ["ToolNode"]


@_attrs_define(repr=False)
class ToolNode(Model):
    """ToolNode

    Attributes:
        type_: This is the Tool node. This can be used to call a tool in your workflow.

            The flow is:
            - Workflow starts the tool node
            - Model is called to extract parameters needed by the tool from the conversation history
            - Tool is called with the parameters
            - Server returns a response
            - Workflow continues with the response
        name:
        tool:
        tool_id: This is the tool to call. To use a transient tool, send `tool` instead.
        is_start: This is whether or not the node is the start of the workflow.
        metadata: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "ToolNode"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("name", "name"),
        ("tool", "tool"),
        ("toolId", "tool_id"),
        ("isStart", "is_start"),
        ("metadata", "metadata"),
    )

    type_: Literal["tool"]
    name: str
    tool: (
        CreateApiRequestToolDTO
        | CreateBashToolDTO
        | CreateCodeToolDTO
        | CreateComputerToolDTO
        | CreateDtmfToolDTO
        | CreateEndCallToolDTO
        | CreateFunctionToolDTO
        | CreateGoHighLevelCalendarAvailabilityToolDTO
        | CreateGoHighLevelCalendarEventCreateToolDTO
        | CreateGoHighLevelContactCreateToolDTO
        | CreateGoHighLevelContactGetToolDTO
        | CreateGoogleCalendarCheckAvailabilityToolDTO
        | CreateGoogleCalendarCreateEventToolDTO
        | CreateGoogleSheetsRowAppendToolDTO
        | CreateHandoffToolDTO
        | CreateMcpToolDTO
        | CreateQueryToolDTO
        | CreateSlackSendMessageToolDTO
        | CreateSmsToolDTO
        | CreateTextEditorToolDTO
        | CreateTransferCallToolDTO
        | CreateSipRequestToolDTO
        | CreateVoicemailToolDTO
        | UnknownTool
        | Unset
    ) = UNSET
    tool_id: str | Unset = UNSET
    is_start: bool | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

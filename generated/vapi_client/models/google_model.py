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
    from ..models.create_custom_knowledge_base_dto import CreateCustomKnowledgeBaseDTO
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
    from ..models.fallback_google_transcriber_model import FallbackGoogleTranscriberModel
    from ..models.google_realtime_config import GoogleRealtimeConfig
    from ..models.open_ai_message import OpenAIMessage
    from ..models.tool_ref import ToolRef
    from ..models.unknown_variants import UnknownAnthropicBedrockModelKnowledgeBase, UnknownTool


__all__ = ["GoogleModel"]


@_attrs_define(repr=False)
class GoogleModel(Model):
    """GoogleModel

    Attributes:
        model:
        provider:
        messages: This is the starting state for the conversation.
        tools: These are the tools that the assistant can use during the call. To use existing tools, use
            `toolIds`.

            Both `tools` and `toolIds` can be used together.
        tool_ids: These are the tools that the assistant can use during the call. To use transient tools, use `tools`.

            Both `tools` and `toolIds` can be used together.
        tool_refs: These are version-pinned references to tools. Each entry pins a specific
            version of a tool by `(toolId, version)`. When the same `toolId` appears
            in both `toolIds` and `toolRefs[]`, the `toolRefs` pin wins (the
            `toolIds` entry is dropped at write time).
        knowledge_base:
        realtime_config:
        temperature: This is the temperature that will be used for calls. Default is 0.5.
        max_tokens: This is the max number of tokens that the assistant will be allowed to generate in each turn of the
            conversation. Default is 250.
        emotion_recognition_enabled: This determines whether we detect user's emotion while they speak and send it as an additional info
            to model.

            Default `false` because the model is usually are good at understanding the user's emotion from text.

            @default false
        num_fast_turns: This sets how many turns at the start of the conversation to use a smaller, faster model from the
            same provider before switching to the primary model. Example, gpt-3.5-turbo if provider is openai.

            Default is 0.

            @default 0
    """

    _schema: ClassVar[str] = "GoogleModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("provider", "provider"),
        ("messages", "messages"),
        ("tools", "tools"),
        ("toolIds", "tool_ids"),
        ("toolRefs", "tool_refs"),
        ("knowledgeBase", "knowledge_base"),
        ("realtimeConfig", "realtime_config"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
        ("emotionRecognitionEnabled", "emotion_recognition_enabled"),
        ("numFastTurns", "num_fast_turns"),
    )

    model: FallbackGoogleTranscriberModel
    provider: Literal["google"]
    messages: list[OpenAIMessage] | Unset = UNSET
    tools: (
        list[
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
        ]
        | Unset
    ) = UNSET
    tool_ids: list[str] | Unset = UNSET
    tool_refs: list[ToolRef] | Unset = UNSET
    knowledge_base: CreateCustomKnowledgeBaseDTO | UnknownAnthropicBedrockModelKnowledgeBase | Unset = UNSET
    realtime_config: GoogleRealtimeConfig | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    emotion_recognition_enabled: bool | Unset = UNSET
    num_fast_turns: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

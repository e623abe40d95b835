from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_ai_transcriber import AssemblyAITranscriber
    from ..models.azure_speech_transcriber import AzureSpeechTranscriber
    from ..models.azure_voice import AzureVoice
    from ..models.cartesia_transcriber import CartesiaTranscriber
    from ..models.cartesia_voice import CartesiaVoice
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
    from ..models.custom_transcriber import CustomTranscriber
    from ..models.custom_voice import CustomVoice
    from ..models.deepgram_transcriber import DeepgramTranscriber
    from ..models.deepgram_voice import DeepgramVoice
    from ..models.eleven_labs_transcriber import ElevenLabsTranscriber
    from ..models.eleven_labs_voice import ElevenLabsVoice
    from ..models.gladia_transcriber import GladiaTranscriber
    from ..models.global_node_plan import GlobalNodePlan
    from ..models.google_transcriber import GoogleTranscriber
    from ..models.hume_voice import HumeVoice
    from ..models.inworld_voice import InworldVoice
    from ..models.lmnt_voice import LMNTVoice
    from ..models.microsoft_voice import MicrosoftVoice
    from ..models.minimax_voice import MinimaxVoice
    from ..models.neuphonic_voice import NeuphonicVoice
    from ..models.open_ai_transcriber import OpenAITranscriber
    from ..models.open_ai_voice import OpenAIVoice
    from ..models.play_ht_voice import PlayHTVoice
    from ..models.rime_ai_voice import RimeAIVoice
    from ..models.sesame_voice import SesameVoice
    from ..models.smallest_ai_voice import SmallestAIVoice
    from ..models.soniox_transcriber import SonioxTranscriber
    from ..models.speechmatics_transcriber import SpeechmaticsTranscriber
    from ..models.talkscriber_transcriber import TalkscriberTranscriber
    from ..models.tavus_voice import TavusVoice
    from ..models.unknown_variants import UnknownTool, UnknownTranscriber, UnknownVoice, UnknownWorkflowModel
    from ..models.vapi_transcriber import VapiTranscriber
    from ..models.vapi_voice import VapiVoice
    from ..models.variable_extraction_plan import VariableExtractionPlan
    from ..models.well_said_voice import WellSaidVoice
    from ..models.workflow_anthropic_bedrock_model import WorkflowAnthropicBedrockModel
    from ..models.workflow_anthropic_model import WorkflowAnthropicModel
    from ..models.workflow_custom_model import WorkflowCustomModel
    from ..models.workflow_google_model import WorkflowGoogleModel
    from ..models.workflow_open_ai_model import WorkflowOpenAIModel
    from ..models.xai_transcriber import XaiTranscriber
    from ..models.xai_voice import XaiVoice


__all__ = ["ConversationNode"]


@_attrs_define(repr=False)
class ConversationNode(Model):
    """ConversationNode

    Attributes:
        type_: This is the Conversation node. This can be used to start a conversation with the customer.

            The flow is:
            - Workflow starts the conversation node
            - Model is active with the `prompt` and global context.
            - Model will call a tool to exit this node.
            - Workflow will extract variables from the conversation.
            - Workflow continues.
        name:
        model:
        transcriber:
        voice:
        tools: These are the tools that the conversation node can use during the call. To use existing tools, use
            `toolIds`.

            Both `tools` and `toolIds` can be used together.
        tool_ids: These are the tools that the conversation node can use during the call. To use transient tools, use
            `tools`.

            Both `tools` and `toolIds` can be used together.
        prompt:
        global_node_plan:
        variable_extraction_plan:
        is_start: This is whether or not the node is the start of the workflow.
        metadata: Any JSON object: free-form data the API stores and returns as given.
    """

    _schema: ClassVar[str] = "ConversationNode"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("name", "name"),
        ("model", "model"),
        ("transcriber", "transcriber"),
        ("voice", "voice"),
        ("tools", "tools"),
        ("toolIds", "tool_ids"),
        ("prompt", "prompt"),
        ("globalNodePlan", "global_node_plan"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("isStart", "is_start"),
        ("metadata", "metadata"),
    )

    type_: Literal["conversation"]
    name: str
    model: (
        WorkflowOpenAIModel
        | WorkflowAnthropicModel
        | WorkflowAnthropicBedrockModel
        | WorkflowGoogleModel
        | WorkflowCustomModel
        | UnknownWorkflowModel
        | Unset
    ) = UNSET
    transcriber: (
        AssemblyAITranscriber
        | AzureSpeechTranscriber
        | CustomTranscriber
        | DeepgramTranscriber
        | ElevenLabsTranscriber
        | GladiaTranscriber
        | GoogleTranscriber
        | SpeechmaticsTranscriber
        | TalkscriberTranscriber
        | OpenAITranscriber
        | CartesiaTranscriber
        | SonioxTranscriber
        | XaiTranscriber
        | VapiTranscriber
        | UnknownTranscriber
        | Unset
    ) = UNSET
    voice: (
        AzureVoice
        | CartesiaVoice
        | CustomVoice
        | DeepgramVoice
        | ElevenLabsVoice
        | HumeVoice
        | LMNTVoice
        | NeuphonicVoice
        | OpenAIVoice
        | PlayHTVoice
        | WellSaidVoice
        | RimeAIVoice
        | SmallestAIVoice
        | TavusVoice
        | VapiVoice
        | SesameVoice
        | InworldVoice
        | MinimaxVoice
        | XaiVoice
        | MicrosoftVoice
        | UnknownVoice
        | Unset
    ) = UNSET
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
    prompt: str | Unset = UNSET
    global_node_plan: GlobalNodePlan | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    is_start: bool | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        model: This is the model for the node.

            This overrides `workflow.model`.
        transcriber: This is the transcriber for the node.

            This overrides `workflow.transcriber`.
        voice: This is the voice for the node.

            This overrides `workflow.voice`.
        tools: These are the tools that the conversation node can use during the call. To use existing tools, use
            `toolIds`.

            Both `tools` and `toolIds` can be used together.
        tool_ids: These are the tools that the conversation node can use during the call. To use transient tools, use
            `tools`.

            Both `tools` and `toolIds` can be used together.
        prompt:
        global_node_plan: This is the plan for the global node.
        variable_extraction_plan: This is the plan that controls the variable extraction from the user's responses.

            Usage:
            Use `schema` to specify what you want to extract from the user's responses.
            ```json
            {
              "schema": {
                "type": "object",
                "properties": {
                  "user": {
                    "type": "object",
                    "properties": {
                      "name": {
                        "type": "string"
                      },
                      "age": {
                        "type": "number"
                      }
                    }
                  }
                }
              }
            }
            ```

            This will be extracted as `{{ user.name }}` and `{{ user.age }}` respectively.

            (Optional) Use `aliases` to create new variables.

            ```json
            {
              "aliases": [
                {
                  "key": "userAge",
                  "value": "{{user.age}}"
                },
                {
                  "key": "userName",
                  "value": "{{user.name}}"
                }
              ]
            }
            ```

            This will be extracted as `{{ userAge }}` and `{{ userName }}` respectively.

            Note: The `schema` field is required for Conversation nodes if you want to extract variables from
            the user's responses. `aliases` is just a convenience.
        is_start: This is whether or not the node is the start of the workflow.
        metadata: This is for metadata you want to store on the task.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_WorkflowModel = _h.alternatives("WorkflowModel")
_alternatives_Transcriber = _h.alternatives("Transcriber")
_alternatives_Voice = _h.alternatives("Voice")
_alternatives_Tool = _h.alternatives("Tool")
_ConversationNode_items_14 = _h.Items(("union", "Tool"))


def _load_ConversationNode(data: dict[str, Any], strict: bool) -> ConversationNode | dict[str, Any]:
    """ConversationNode from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "conversation" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        tag1 = v.get("provider") if type(v) is dict else None
        alternative2 = _alternatives_WorkflowModel[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "transcriber" in data:
        v = data["transcriber"]
        tag3 = v.get("provider") if type(v) is dict else None
        alternative4 = _alternatives_Transcriber[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p3 = _S
        else:
            p3 = alternative4[1](v, strict)
            if type(p3) is dict:
                p3 = _R(alternative4[0], p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "voice" in data:
        v = data["voice"]
        tag5 = v.get("provider") if type(v) is dict else None
        alternative6 = _alternatives_Voice[tag5] if type(tag5) is str else None
        if alternative6 is None:  # not an object, or a tag this spec does not know
            p4 = _S
        else:
            p4 = alternative6[1](v, strict)
            if type(p4) is dict:
                p4 = _R(alternative6[0], p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "tools" in data:
        v = data["tools"]
        if type(v) is list:
            resume11 = False
            out9: list[Any] = []
            for e7 in v:
                tag12 = e7.get("type") if type(e7) is dict else None
                alternative13 = _alternatives_Tool[tag12] if type(tag12) is str else None
                if alternative13 is None:  # not an object, or a tag this spec does not know
                    x8 = _S
                else:
                    x8 = alternative13[1](e7, strict)
                    if type(x8) is dict:
                        x8 = _R(alternative13[0], x8)
                if x8 is _S or type(x8) is _R:
                    resume11 = True
                out9.append(x8)
            p5 = _R(_ConversationNode_items_14, out9) if resume11 else out9
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if "toolIds" in data:
        v = data["toolIds"]
        p6 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p6 is _S:
            slow = True
    if "prompt" in data:
        v = data["prompt"]
        p7 = v if type(v) is str and len(v) <= 5000 else _S
        if p7 is _S:
            slow = True
    if "globalNodePlan" in data:
        v = data["globalNodePlan"]
        p8 = _FAST["GlobalNodePlan"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("GlobalNodePlan", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "variableExtractionPlan" in data:
        v = data["variableExtractionPlan"]
        p9 = _FAST["VariableExtractionPlan"](v, strict) if type(v) is dict else _S
        if type(p9) is dict:  # loaded in part: the generic loader finishes it
            p9 = _R("VariableExtractionPlan", p9)
        if p9 is _S or type(p9) is _R:
            slow = True
    if "isStart" in data:
        v = data["isStart"]
        p10 = v if (v is True or v is False) else _S
        if p10 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p11 = v if type(v) is dict else _S
        if p11 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ConversationNode:
            return ConversationNode(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ConversationNode(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ConversationNode}
            return obj
    return {
        "type": p0,
        "name": p1,
        "model": p2,
        "transcriber": p3,
        "voice": p4,
        "tools": p5,
        "toolIds": p6,
        "prompt": p7,
        "globalNodePlan": p8,
        "variableExtractionPlan": p9,
        "isStart": p10,
        "metadata": p11,
    }


_KNOWN_ConversationNode = frozenset(
    (
        "type",
        "name",
        "model",
        "transcriber",
        "voice",
        "tools",
        "toolIds",
        "prompt",
        "globalNodePlan",
        "variableExtractionPlan",
        "isStart",
        "metadata",
    )
)


def _to_dict_ConversationNode(self: ConversationNode) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.transcriber
    if v is not UNSET:
        out["transcriber"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.voice
    if v is not UNSET:
        out["voice"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.tools
    if v is not UNSET:
        out["tools"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.tool_ids
    if v is not UNSET:
        out["toolIds"] = _h.fresh(v)
    v = self.prompt
    if v is not UNSET:
        out["prompt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.global_node_plan
    if v is not UNSET:
        out["globalNodePlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.variable_extraction_plan
    if v is not UNSET:
        out["variableExtractionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.is_start
    if v is not UNSET:
        out["isStart"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ConversationNode._fast_load = _load_ConversationNode
setattr(ConversationNode, "to_dict", _to_dict_ConversationNode)  # noqa: B010 - replaces Model.to_dict

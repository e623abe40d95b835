# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
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
    from ..models.groq_model_model import GroqModelModel, _GroqModelModelValues
    from ..models.open_ai_message import OpenAIMessage
    from ..models.tool_ref import ToolRef
    from ..models.unknown_variants import UnknownAnthropicBedrockModelKnowledgeBase, UnknownTool


__all__ = ["GroqModel"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GroqModel(Model):
    """GroqModel

    Attributes:
        model: This is the name of the model. Ex. cognitivecomputations/dolphin-mixtral-8x7b
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
        knowledge_base: These are the options for the knowledge base.
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

    _schema: ClassVar[str] = "GroqModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("provider", "provider"),
        ("messages", "messages"),
        ("tools", "tools"),
        ("toolIds", "tool_ids"),
        ("toolRefs", "tool_refs"),
        ("knowledgeBase", "knowledge_base"),
        ("temperature", "temperature"),
        ("maxTokens", "max_tokens"),
        ("emotionRecognitionEnabled", "emotion_recognition_enabled"),
        ("numFastTurns", "num_fast_turns"),
    )

    model: GroqModelModel | _GroqModelModelValues
    provider: Literal["groq"]
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
    temperature: float | Unset = UNSET
    max_tokens: float | Unset = UNSET
    emotion_recognition_enabled: bool | Unset = UNSET
    num_fast_turns: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_GroqModel_items_6 = _h.Items(("model", "OpenAIMessage"))
_alternatives_Tool = _h.alternatives("Tool")
_GroqModel_items_14 = _h.Items(("union", "Tool"))
_GroqModel_items_20 = _h.Items(("model", "ToolRef"))
_alternatives_AnthropicBedrockModelKnowledgeBase = _h.alternatives("AnthropicBedrockModelKnowledgeBase")


def _load_GroqModel(data: dict[str, Any], strict: bool) -> GroqModel | dict[str, Any]:
    """GroqModel from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "model" in data:
        v = data["model"]
        p0 = _MEMBERS["GroqModelModel"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("GroqModelModel", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "provider" in data:
        v = data["provider"]
        p1 = v if type(v) is str and v == "groq" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["OpenAIMessage"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("OpenAIMessage", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p2 = _R(_GroqModel_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
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
            p3 = _R(_GroqModel_items_14, out9) if resume11 else out9
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "toolIds" in data:
        v = data["toolIds"]
        p4 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p4 is _S:
            slow = True
    if "toolRefs" in data:
        v = data["toolRefs"]
        if type(v) is list:
            resume19 = False
            out17: list[Any] = []
            for e15 in v:
                x16 = _FAST["ToolRef"](e15, strict) if type(e15) is dict else _S
                if type(x16) is dict:  # loaded in part: the generic loader finishes it
                    x16 = _R("ToolRef", x16)
                if x16 is _S or type(x16) is _R:
                    resume19 = True
                out17.append(x16)
            p5 = _R(_GroqModel_items_20, out17) if resume19 else out17
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if "knowledgeBase" in data:
        v = data["knowledgeBase"]
        tag21 = v.get("provider") if type(v) is dict else None
        alternative22 = _alternatives_AnthropicBedrockModelKnowledgeBase[tag21] if type(tag21) is str else None
        if alternative22 is None:  # not an object, or a tag this spec does not know
            p6 = _S
        else:
            p6 = alternative22[1](v, strict)
            if type(p6) is dict:
                p6 = _R(alternative22[0], p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "temperature" in data:
        v = data["temperature"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 2 else _S
        if p7 is _S:
            slow = True
    if "maxTokens" in data:
        v = data["maxTokens"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 50 and v <= 10000 else _S
        if p8 is _S:
            slow = True
    if "emotionRecognitionEnabled" in data:
        v = data["emotionRecognitionEnabled"]
        p9 = v if (v is True or v is False) else _S
        if p9 is _S:
            slow = True
    if "numFastTurns" in data:
        v = data["numFastTurns"]
        p10 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p10 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GroqModel:
            return GroqModel(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GroqModel(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GroqModel}
            return obj
    return {
        "model": p0,
        "provider": p1,
        "messages": p2,
        "tools": p3,
        "toolIds": p4,
        "toolRefs": p5,
        "knowledgeBase": p6,
        "temperature": p7,
        "maxTokens": p8,
        "emotionRecognitionEnabled": p9,
        "numFastTurns": p10,
    }


_KNOWN_GroqModel = frozenset(
    (
        "model",
        "provider",
        "messages",
        "tools",
        "toolIds",
        "toolRefs",
        "knowledgeBase",
        "temperature",
        "maxTokens",
        "emotionRecognitionEnabled",
        "numFastTurns",
    )
)


def _to_dict_GroqModel(self: GroqModel) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i23.to_dict() if hasattr(i23, "to_dict") else _h.fresh(i23) for i23 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.tools
    if v is not UNSET:
        out["tools"] = (
            [i24.to_dict() if hasattr(i24, "to_dict") else _h.fresh(i24) for i24 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.tool_ids
    if v is not UNSET:
        out["toolIds"] = _h.fresh(v)
    v = self.tool_refs
    if v is not UNSET:
        out["toolRefs"] = (
            [i26.to_dict() if hasattr(i26, "to_dict") else _h.fresh(i26) for i26 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.knowledge_base
    if v is not UNSET:
        out["knowledgeBase"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.temperature
    if v is not UNSET:
        out["temperature"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_tokens
    if v is not UNSET:
        out["maxTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.emotion_recognition_enabled
    if v is not UNSET:
        out["emotionRecognitionEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.num_fast_turns
    if v is not UNSET:
        out["numFastTurns"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GroqModel._fast_load = _load_GroqModel
setattr(GroqModel, "to_dict", _to_dict_GroqModel)  # noqa: B010 - replaces Model.to_dict

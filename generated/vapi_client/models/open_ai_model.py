from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_dtmf_tool_dto import CreateDtmfToolDTO
    from ..models.create_end_call_tool_dto import CreateEndCallToolDTO
    from ..models.create_function_tool_dto import CreateFunctionToolDTO
    from ..models.create_ghl_tool_dto import CreateGhlToolDTO
    from ..models.create_make_tool_dto import CreateMakeToolDTO
    from ..models.create_transfer_call_tool_dto import CreateTransferCallToolDTO
    from ..models.knowledge_base import KnowledgeBase
    from ..models.open_ai_message import OpenAIMessage
    from ..models.open_ai_model_name import OpenAIModelName
    from ..models.unknown_variants import UnknownKnowledgeBaseSource, UnknownTool


__all__ = ["OpenAIModel"]


@_attrs_define(repr=False)
class OpenAIModel(Model):
    """Language model settings for OpenAI chat models, with fallbacks and caching options.

    Attributes:
        provider: Discriminator marking this model configuration as the OpenAI variant.
        model: Known values of OpenAIModel.model.
        messages: Starting conversation messages, typically a system prompt that sets the assistant's behaviour.
        tools: Tools defined inline that the model may call during the conversation.
        tool_ids: IDs of previously saved tools that the model may call during the conversation.
        fallback_models: OpenAI models tried in order if the primary model fails or is unavailable.
        semantic_caching_enabled: Whether replies to semantically similar prompts may be served from a cache.
        num_fast_turns: Number of opening conversation turns answered by a faster model before switching to the main one.
        temperature: Sampling temperature; higher values make the model's replies more varied and less predictable.
        knowledge_base: Uploaded files the model can search for relevant passages while answering.
        max_tokens: Maximum number of tokens the model may generate for a single reply.
        emotion_recognition_enabled: Whether the caller's detected emotion is passed to the model along with the transcript.
    """

    _schema: ClassVar[str] = "OpenAIModel"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("messages", "messages"),
        ("tools", "tools"),
        ("toolIds", "tool_ids"),
        ("fallbackModels", "fallback_models"),
        ("semanticCachingEnabled", "semantic_caching_enabled"),
        ("numFastTurns", "num_fast_turns"),
        ("temperature", "temperature"),
        ("knowledgeBase", "knowledge_base"),
        ("maxTokens", "max_tokens"),
        ("emotionRecognitionEnabled", "emotion_recognition_enabled"),
    )

    provider: Literal["openai"]
    model: OpenAIModelName
    messages: list[OpenAIMessage] | Unset = UNSET
    tools: (
        list[
            CreateTransferCallToolDTO
            | CreateFunctionToolDTO
            | CreateEndCallToolDTO
            | CreateDtmfToolDTO
            | CreateGhlToolDTO
            | CreateMakeToolDTO
            | UnknownTool
        ]
        | Unset
    ) = UNSET
    tool_ids: list[str] | Unset = UNSET
    fallback_models: list[OpenAIModelName] | Unset = UNSET
    semantic_caching_enabled: bool | Unset = UNSET
    num_fast_turns: float | Unset = UNSET
    temperature: float | Unset = UNSET
    knowledge_base: KnowledgeBase | UnknownKnowledgeBaseSource | Unset = UNSET
    max_tokens: float | Unset = UNSET
    emotion_recognition_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.tavus_conversation_properties import TavusConversationProperties


__all__ = ["TavusVoice"]


@_attrs_define(repr=False)
class TavusVoice(Model):
    """TavusVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        chunk_plan:
        persona_id: This is the unique identifier for the persona that the replica will use in the conversation.
        callback_url: This is the url that will receive webhooks with updates regarding the conversation state.
        conversation_name: This is the name for the conversation.
        conversational_context: This is the context that will be appended to any context provided in the persona, if one is
            provided.
        custom_greeting: This is the custom greeting that the replica will give once a participant joines the conversation.
        properties:
        fallback_plan:
    """

    _schema: ClassVar[str] = "TavusVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("personaId", "persona_id"),
        ("callbackUrl", "callback_url"),
        ("conversationName", "conversation_name"),
        ("conversationalContext", "conversational_context"),
        ("customGreeting", "custom_greeting"),
        ("properties", "properties"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["tavus"]
    voice_id: Literal["r52da2535a"] | str
    caching_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    persona_id: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    conversation_name: str | Unset = UNSET
    conversational_context: str | Unset = UNSET
    custom_greeting: str | Unset = UNSET
    properties: TavusConversationProperties | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

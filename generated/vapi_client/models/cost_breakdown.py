from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_cost_breakdown import AnalysisCostBreakdown


__all__ = ["CostBreakdown"]


@_attrs_define(repr=False)
class CostBreakdown(Model):
    """CostBreakdown

    Attributes:
        transport: This is the cost of the transport provider, like Twilio or Vonage.
        stt: This is the cost of the speech-to-text service.
        llm: This is the cost of the language model.
        tts: This is the cost of the text-to-speech service.
        vapi: This is the cost of Vapi.
        chat: This is the cost of chat interactions.
        total: This is the total cost of the call.
        llm_prompt_tokens: This is the LLM prompt tokens used for the call.
        llm_completion_tokens: This is the LLM completion tokens used for the call.
        llm_cached_prompt_tokens: This is the LLM cached prompt tokens used for the call.
        tts_characters: This is the TTS characters used for the call.
        analysis_cost_breakdown:
    """

    _schema: ClassVar[str] = "CostBreakdown"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("transport", "transport"),
        ("stt", "stt"),
        ("llm", "llm"),
        ("tts", "tts"),
        ("vapi", "vapi"),
        ("chat", "chat"),
        ("total", "total"),
        ("llmPromptTokens", "llm_prompt_tokens"),
        ("llmCompletionTokens", "llm_completion_tokens"),
        ("llmCachedPromptTokens", "llm_cached_prompt_tokens"),
        ("ttsCharacters", "tts_characters"),
        ("analysisCostBreakdown", "analysis_cost_breakdown"),
    )

    transport: float | Unset = UNSET
    stt: float | Unset = UNSET
    llm: float | Unset = UNSET
    tts: float | Unset = UNSET
    vapi: float | Unset = UNSET
    chat: float | Unset = UNSET
    total: float | Unset = UNSET
    llm_prompt_tokens: float | Unset = UNSET
    llm_completion_tokens: float | Unset = UNSET
    llm_cached_prompt_tokens: float | Unset = UNSET
    tts_characters: float | Unset = UNSET
    analysis_cost_breakdown: AnalysisCostBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

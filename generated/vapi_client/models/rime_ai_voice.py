from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.fallback_rime_ai_voice_language import FallbackRimeAIVoiceLanguage
    from ..models.fallback_rime_ai_voice_model import FallbackRimeAIVoiceModel
    from ..models.fallback_rime_ai_voice_voice_id import FallbackRimeAIVoiceVoiceId


__all__ = ["RimeAIVoice"]


@_attrs_define(repr=False)
class RimeAIVoice(Model):
    """RimeAIVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        speed: This is the speed multiplier that will be used.
        pause_between_brackets: This is a flag that controls whether to add slight pauses using angle brackets. Example: "Hi. <200>
            I'd love to have a conversation with you." adds a 200ms pause between the first and second
            sentences.
        phonemize_between_brackets: This is a flag that controls whether text inside brackets should be phonemized (converted to
            phonetic pronunciation) - Example: "{h'El.o} World" will pronounce "Hello" as expected.
        reduce_latency: This is a flag that controls whether to optimize for reduced latency in streaming.
            https://docs.rime.ai/api-reference/endpoint/websockets#param-reduce-latency
        inline_speed_alpha: This is a string that allows inline speed control using alpha notation. https://docs.rime.ai/api-
            reference/endpoint/websockets#param-inline-speed-alpha
        language:
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "RimeAIVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("speed", "speed"),
        ("pauseBetweenBrackets", "pause_between_brackets"),
        ("phonemizeBetweenBrackets", "phonemize_between_brackets"),
        ("reduceLatency", "reduce_latency"),
        ("inlineSpeedAlpha", "inline_speed_alpha"),
        ("language", "language"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["rime-ai"]
    voice_id: FallbackRimeAIVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    model: FallbackRimeAIVoiceModel | Unset = UNSET
    speed: float | Unset = UNSET
    pause_between_brackets: bool | Unset = UNSET
    phonemize_between_brackets: bool | Unset = UNSET
    reduce_latency: bool | Unset = UNSET
    inline_speed_alpha: str | Unset = UNSET
    language: FallbackRimeAIVoiceLanguage | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_open_ai_voice_model import FallbackOpenAIVoiceModel
    from ..models.fallback_open_ai_voice_voice_id import FallbackOpenAIVoiceVoiceId
    from ..models.fallback_plan import FallbackPlan


__all__ = ["OpenAIVoice"]


@_attrs_define(repr=False)
class OpenAIVoice(Model):
    """OpenAIVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
            Please note that ash, ballad, coral, sage, and verse may only be used with realtime models.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        instructions: This is a prompt that allows you to control the voice of your generated audio.
            Does not work with 'tts-1' or 'tts-1-hd' models.
        speed: This is the speed multiplier that will be used.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "OpenAIVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("instructions", "instructions"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["openai"]
    voice_id: FallbackOpenAIVoiceVoiceId | str
    caching_enabled: bool | Unset = UNSET
    model: FallbackOpenAIVoiceModel | Unset = UNSET
    instructions: str | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

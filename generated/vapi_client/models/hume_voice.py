from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_hume_voice_model import FallbackHumeVoiceModel
    from ..models.fallback_plan import FallbackPlan


__all__ = ["HumeVoice"]


@_attrs_define(repr=False)
class HumeVoice(Model):
    """HumeVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The ID of the particular voice you want to use.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        is_custom_hume_voice: Indicates whether the chosen voice is a preset Hume AI voice or a custom voice.
        chunk_plan:
        description: Natural language instructions describing how the synthesized speech should sound, including but not
            limited to tone, intonation, pacing, and accent (e.g., 'a soft, gentle voice with a strong British
            accent').

            If a Voice is specified in the request, this description serves as acting instructions.
            If no Voice is specified, a new voice is generated based on this description.
        fallback_plan:
    """

    _schema: ClassVar[str] = "HumeVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("isCustomHumeVoice", "is_custom_hume_voice"),
        ("chunkPlan", "chunk_plan"),
        ("description", "description"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["hume"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: FallbackHumeVoiceModel | Unset = UNSET
    is_custom_hume_voice: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    description: str | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

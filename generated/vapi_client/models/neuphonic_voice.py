from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_neuphonic_voice_model import FallbackNeuphonicVoiceModel
    from ..models.fallback_plan import FallbackPlan


__all__ = ["NeuphonicVoice"]


@_attrs_define(repr=False)
class NeuphonicVoice(Model):
    """NeuphonicVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        language: Any JSON object: free-form data the API stores and returns as given.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        speed: This is the speed multiplier that will be used.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "NeuphonicVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("language", "language"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("speed", "speed"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["neuphonic"]
    voice_id: str
    language: dict[str, Any]
    caching_enabled: bool | Unset = UNSET
    model: FallbackNeuphonicVoiceModel | Unset = UNSET
    speed: float | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan


__all__ = ["SesameVoice"]


@_attrs_define(repr=False)
class SesameVoice(Model):
    """SesameVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: This is the provider-specific ID that will be used.
        model: This is the model that will be used.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "SesameVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("model", "model"),
        ("cachingEnabled", "caching_enabled"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["sesame"]
    voice_id: str
    model: Literal["csm-1b"]
    caching_enabled: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

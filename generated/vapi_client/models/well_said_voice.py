from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_plan import FallbackPlan
    from ..models.fallback_well_said_voice_model import FallbackWellSaidVoiceModel


__all__ = ["WellSaidVoice"]


@_attrs_define(repr=False)
class WellSaidVoice(Model):
    """WellSaidVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The WellSaid speaker ID to synthesize.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        enable_ssml: Enables limited SSML translation for input text.
        library_ids: Array of library IDs to use for voice synthesis.
        chunk_plan:
        fallback_plan:
    """

    _schema: ClassVar[str] = "WellSaidVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("enableSsml", "enable_ssml"),
        ("libraryIds", "library_ids"),
        ("chunkPlan", "chunk_plan"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["wellsaid"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: FallbackWellSaidVoiceModel | Unset = UNSET
    enable_ssml: bool | Unset = UNSET
    library_ids: list[str] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_experimental_controls import CartesiaExperimentalControls
    from ..models.cartesia_generation_config import CartesiaGenerationConfig
    from ..models.cartesia_voice_language import CartesiaVoiceLanguage
    from ..models.cartesia_voice_model import CartesiaVoiceModel
    from ..models.chunk_plan import ChunkPlan


__all__ = ["FallbackCartesiaVoice"]


@_attrs_define(repr=False)
class FallbackCartesiaVoice(Model):
    """FallbackCartesiaVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The ID of the particular voice you want to use.
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        language:
        experimental_controls:
        generation_config:
        pronunciation_dict_id: Pronunciation dictionary ID for sonic-3. Allows custom pronunciations for specific words. Only
            available for sonic-3 model.
        chunk_plan:
    """

    _schema: ClassVar[str] = "FallbackCartesiaVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("language", "language"),
        ("experimentalControls", "experimental_controls"),
        ("generationConfig", "generation_config"),
        ("pronunciationDictId", "pronunciation_dict_id"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["cartesia"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    model: CartesiaVoiceModel | Unset = UNSET
    language: CartesiaVoiceLanguage | Unset = UNSET
    experimental_controls: CartesiaExperimentalControls | Unset = UNSET
    generation_config: CartesiaGenerationConfig | Unset = UNSET
    pronunciation_dict_id: str | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.deepgram_voice_model import DeepgramVoiceModel
    from ..models.deepgram_voice_voice_id import DeepgramVoiceVoiceId


__all__ = ["FallbackDeepgramVoice"]


@_attrs_define(repr=False)
class FallbackDeepgramVoice(Model):
    """FallbackDeepgramVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id:
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        model:
        mip_opt_out: If set to true, this will add mip_opt_out=true as a query parameter of all API requests. See
            https://developers.deepgram.com/docs/the-deepgram-model-improvement-partnership-program#want-to-opt-
            out

            This will only be used if you are using your own Deepgram API key.

            @default false
        chunk_plan:
    """

    _schema: ClassVar[str] = "FallbackDeepgramVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("model", "model"),
        ("mipOptOut", "mip_opt_out"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["deepgram"]
    voice_id: DeepgramVoiceVoiceId
    caching_enabled: bool | Unset = UNSET
    model: DeepgramVoiceModel | Unset = UNSET
    mip_opt_out: bool | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

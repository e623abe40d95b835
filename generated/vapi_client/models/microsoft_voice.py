from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_microsoft_voice_role import FallbackMicrosoftVoiceRole
    from ..models.fallback_microsoft_voice_style import FallbackMicrosoftVoiceStyle
    from ..models.fallback_microsoft_voice_voice_id import FallbackMicrosoftVoiceVoiceId
    from ..models.fallback_plan import FallbackPlan


__all__ = ["MicrosoftVoice"]


@_attrs_define(repr=False)
class MicrosoftVoice(Model):
    """MicrosoftVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id:
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        style:
        style_degree: Style intensity (0.01–2). Default 1 = the predefined style strength. Only applies when `style` is
            set.
        role:
        chunk_plan:
        speed: This is the speed multiplier that will be used.
        fallback_plan:
    """

    _schema: ClassVar[str] = "MicrosoftVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("style", "style"),
        ("styleDegree", "style_degree"),
        ("role", "role"),
        ("chunkPlan", "chunk_plan"),
        ("speed", "speed"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["microsoft"]
    voice_id: FallbackMicrosoftVoiceVoiceId
    caching_enabled: bool | Unset = UNSET
    style: FallbackMicrosoftVoiceStyle | Unset = UNSET
    style_degree: float | Unset = UNSET
    role: FallbackMicrosoftVoiceRole | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    speed: float | Unset = UNSET
    fallback_plan: FallbackPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

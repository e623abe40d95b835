from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_voice_config import GeminiMultimodalLiveVoiceConfig


__all__ = ["GeminiMultimodalLiveSpeechConfig"]


@_attrs_define(repr=False)
class GeminiMultimodalLiveSpeechConfig(Model):
    """GeminiMultimodalLiveSpeechConfig

    Attributes:
        voice_config:
    """

    _schema: ClassVar[str] = "GeminiMultimodalLiveSpeechConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("voiceConfig", "voice_config"),)

    voice_config: GeminiMultimodalLiveVoiceConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

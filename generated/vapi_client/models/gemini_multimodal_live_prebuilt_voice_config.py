from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_prebuilt_voice_config_voice_name import (
        GeminiMultimodalLivePrebuiltVoiceConfigVoiceName,
    )


__all__ = ["GeminiMultimodalLivePrebuiltVoiceConfig"]


@_attrs_define(repr=False)
class GeminiMultimodalLivePrebuiltVoiceConfig(Model):
    """GeminiMultimodalLivePrebuiltVoiceConfig

    Attributes:
        voice_name:
    """

    _schema: ClassVar[str] = "GeminiMultimodalLivePrebuiltVoiceConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("voiceName", "voice_name"),)

    voice_name: GeminiMultimodalLivePrebuiltVoiceConfigVoiceName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

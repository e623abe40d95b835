from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_prebuilt_voice_config import GeminiMultimodalLivePrebuiltVoiceConfig


__all__ = ["GeminiMultimodalLiveVoiceConfig"]


@_attrs_define(repr=False)
class GeminiMultimodalLiveVoiceConfig(Model):
    """GeminiMultimodalLiveVoiceConfig

    Attributes:
        prebuilt_voice_config:
    """

    _schema: ClassVar[str] = "GeminiMultimodalLiveVoiceConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("prebuiltVoiceConfig", "prebuilt_voice_config"),)

    prebuilt_voice_config: GeminiMultimodalLivePrebuiltVoiceConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

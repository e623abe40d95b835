from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gemini_multimodal_live_speech_config import GeminiMultimodalLiveSpeechConfig


__all__ = ["GoogleRealtimeConfig"]


@_attrs_define(repr=False)
class GoogleRealtimeConfig(Model):
    """GoogleRealtimeConfig

    Attributes:
        top_p: This is the nucleus sampling parameter that controls the cumulative probability of tokens considered
            during text generation.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        top_k: This is the top-k sampling parameter that limits the number of highest probability tokens considered
            during text generation.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        presence_penalty: This is the presence penalty parameter that influences the model's likelihood to repeat information
            by penalizing tokens based on their presence in the text.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        frequency_penalty: This is the frequency penalty parameter that influences the model's likelihood to repeat tokens by
            penalizing them based on their frequency in the text.
            Only applicable with the Gemini Flash 2.0 Multimodal Live API.
        speech_config:
    """

    _schema: ClassVar[str] = "GoogleRealtimeConfig"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("topP", "top_p"),
        ("topK", "top_k"),
        ("presencePenalty", "presence_penalty"),
        ("frequencyPenalty", "frequency_penalty"),
        ("speechConfig", "speech_config"),
    )

    top_p: float | Unset = UNSET
    top_k: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    speech_config: GeminiMultimodalLiveSpeechConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

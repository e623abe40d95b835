from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.voicemail_detection_cost_provider import VoicemailDetectionCostProvider


__all__ = ["VoicemailDetectionCost"]


@_attrs_define(repr=False)
class VoicemailDetectionCost(Model):
    """VoicemailDetectionCost

    Attributes:
        type_: This is the type of cost, always 'voicemail-detection' for this class.
        model: Any JSON object: free-form data the API stores and returns as given.
        provider:
        prompt_text_tokens: This is the number of prompt text tokens used in the voicemail detection.
        prompt_audio_tokens: This is the number of prompt audio tokens used in the voicemail detection.
        completion_text_tokens: This is the number of completion text tokens used in the voicemail detection.
        completion_audio_tokens: This is the number of completion audio tokens used in the voicemail detection.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VoicemailDetectionCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("model", "model"),
        ("provider", "provider"),
        ("promptTextTokens", "prompt_text_tokens"),
        ("promptAudioTokens", "prompt_audio_tokens"),
        ("completionTextTokens", "completion_text_tokens"),
        ("completionAudioTokens", "completion_audio_tokens"),
        ("cost", "cost"),
    )

    type_: Literal["voicemail-detection"]
    model: dict[str, Any]
    provider: VoicemailDetectionCostProvider
    prompt_text_tokens: float
    prompt_audio_tokens: float
    completion_text_tokens: float
    completion_audio_tokens: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

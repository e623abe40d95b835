from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_ht_voice_emotion import PlayHTVoiceEmotion
    from ..models.play_ht_voice_id import PlayHTVoiceId
    from ..models.punctuation_boundary import PunctuationBoundary


__all__ = ["PlayHTVoice"]


@_attrs_define(repr=False)
class PlayHTVoice(Model):
    """Text-to-speech settings for a voice from PlayHT, including emotion and guidance controls.

    Attributes:
        provider: Discriminator marking this voice configuration as the PlayHT variant.
        voice_id: Identifier of the voice to speak with; a listed preset name or a provider voice ID.
        input_preprocessing_enabled: Whether the model's text is cleaned and split into chunks before it is sent for speech synthesis.
        input_min_characters: Smallest number of characters buffered before a text chunk is sent to the voice provider.
        input_punctuation_boundaries: Punctuation marks at which buffered model text may be cut into a chunk for synthesis.
        filler_injection_enabled: Whether filler sounds such as 'um' are added to the speech to make it sound more natural.
        speed: Speaking rate multiplier, where 1 is the provider's normal pace.
        temperature: Randomness of the generated speech; higher values give more varied delivery.
        emotion: Known values of PlayHTVoice.emotion.
        voice_guidance: How strictly the output sticks to the chosen voice's characteristics.
        style_guidance: How strongly the selected emotion or style is applied to the speech.
        text_guidance: How closely the speech follows the input text rather than improvising delivery.
    """

    _schema: ClassVar[str] = "PlayHTVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("inputPreprocessingEnabled", "input_preprocessing_enabled"),
        ("inputMinCharacters", "input_min_characters"),
        ("inputPunctuationBoundaries", "input_punctuation_boundaries"),
        ("fillerInjectionEnabled", "filler_injection_enabled"),
        ("speed", "speed"),
        ("temperature", "temperature"),
        ("emotion", "emotion"),
        ("voiceGuidance", "voice_guidance"),
        ("styleGuidance", "style_guidance"),
        ("textGuidance", "text_guidance"),
    )

    provider: Literal["playht"]
    voice_id: PlayHTVoiceId | str
    input_preprocessing_enabled: bool | Unset = UNSET
    input_min_characters: float | Unset = UNSET
    input_punctuation_boundaries: list[PunctuationBoundary] | Unset = UNSET
    filler_injection_enabled: bool | Unset = UNSET
    speed: float | Unset = UNSET
    temperature: float | Unset = UNSET
    emotion: PlayHTVoiceEmotion | Unset = UNSET
    voice_guidance: float | Unset = UNSET
    style_guidance: float | Unset = UNSET
    text_guidance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

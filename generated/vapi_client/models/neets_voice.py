from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.neets_voice_id import NeetsVoiceId
    from ..models.punctuation_boundary import PunctuationBoundary


__all__ = ["NeetsVoice"]


@_attrs_define(repr=False)
class NeetsVoice(Model):
    """Text-to-speech settings for a voice from Neets.

    Attributes:
        provider: Discriminator marking this voice configuration as the Neets variant.
        voice_id: Identifier of the voice to speak with; a listed preset name or a provider voice ID.
        input_preprocessing_enabled: Whether the model's text is cleaned and split into chunks before it is sent for speech synthesis.
        input_min_characters: Smallest number of characters buffered before a text chunk is sent to the voice provider.
        input_punctuation_boundaries: Punctuation marks at which buffered model text may be cut into a chunk for synthesis.
        filler_injection_enabled: Whether filler sounds such as 'um' are added to the speech to make it sound more natural.
    """

    _schema: ClassVar[str] = "NeetsVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("inputPreprocessingEnabled", "input_preprocessing_enabled"),
        ("inputMinCharacters", "input_min_characters"),
        ("inputPunctuationBoundaries", "input_punctuation_boundaries"),
        ("fillerInjectionEnabled", "filler_injection_enabled"),
    )

    provider: Literal["neets"]
    voice_id: NeetsVoiceId | str
    input_preprocessing_enabled: bool | Unset = UNSET
    input_min_characters: float | Unset = UNSET
    input_punctuation_boundaries: list[PunctuationBoundary] | Unset = UNSET
    filler_injection_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eleven_labs_voice_id import ElevenLabsVoiceId
    from ..models.eleven_labs_voice_model import ElevenLabsVoiceModel
    from ..models.punctuation_boundary import PunctuationBoundary


__all__ = ["ElevenLabsVoice"]


@_attrs_define(repr=False)
class ElevenLabsVoice(Model):
    """Text-to-speech settings for a voice from ElevenLabs, including its tuning controls.

    Attributes:
        provider: Discriminator marking this voice configuration as the ElevenLabs variant.
        voice_id: Identifier of the voice to speak with; a listed preset name or a provider voice ID.
        input_preprocessing_enabled: Whether the model's text is cleaned and split into chunks before it is sent for speech synthesis.
        input_min_characters: Smallest number of characters buffered before a text chunk is sent to the voice provider.
        input_punctuation_boundaries: Punctuation marks at which buffered model text may be cut into a chunk for synthesis.
        filler_injection_enabled: Whether filler sounds such as 'um' are added to the speech to make it sound more natural.
        stability: Voice consistency; lower values sound more expressive but less predictable.
        similarity_boost: How closely the generated speech should match the original voice sample.
        style: Amount of style exaggeration applied to the voice; higher values add expressiveness and latency.
        use_speaker_boost: Whether to boost similarity to the original speaker at some cost in latency.
        optimize_streaming_latency: Latency optimisation level for streaming; higher levels answer faster with some loss of quality.
        enable_ssml_parsing: Whether SSML tags in the text are interpreted instead of being read aloud.
        model: Known values of ElevenLabsVoice.model.
    """

    _schema: ClassVar[str] = "ElevenLabsVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("inputPreprocessingEnabled", "input_preprocessing_enabled"),
        ("inputMinCharacters", "input_min_characters"),
        ("inputPunctuationBoundaries", "input_punctuation_boundaries"),
        ("fillerInjectionEnabled", "filler_injection_enabled"),
        ("stability", "stability"),
        ("similarityBoost", "similarity_boost"),
        ("style", "style"),
        ("useSpeakerBoost", "use_speaker_boost"),
        ("optimizeStreamingLatency", "optimize_streaming_latency"),
        ("enableSsmlParsing", "enable_ssml_parsing"),
        ("model", "model"),
    )

    provider: Literal["11labs"]
    voice_id: ElevenLabsVoiceId | str
    input_preprocessing_enabled: bool | Unset = UNSET
    input_min_characters: float | Unset = UNSET
    input_punctuation_boundaries: list[PunctuationBoundary] | Unset = UNSET
    filler_injection_enabled: bool | Unset = UNSET
    stability: float | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    style: float | Unset = UNSET
    use_speaker_boost: bool | Unset = UNSET
    optimize_streaming_latency: float | Unset = UNSET
    enable_ssml_parsing: bool | Unset = UNSET
    model: ElevenLabsVoiceModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

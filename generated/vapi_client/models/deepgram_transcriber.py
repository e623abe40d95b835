from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deepgram_transcriber_language import DeepgramTranscriberLanguage
    from ..models.deepgram_transcriber_model import DeepgramTranscriberModel


__all__ = ["DeepgramTranscriber"]


@_attrs_define(repr=False)
class DeepgramTranscriber(Model):
    """Speech-to-text settings for transcribing the caller with Deepgram.

    Attributes:
        provider: Discriminator marking this transcriber configuration as the Deepgram variant.
        model: Deepgram transcription model, optionally tuned for a domain such as phone calls.
        language: Known values of DeepgramTranscriber.language.
        smart_format: Whether Deepgram formats numbers, dates and punctuation in the transcript for readability.
        keywords: Words, such as names or jargon, that the transcriber should be more likely to recognise.
    """

    _schema: ClassVar[str] = "DeepgramTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("smartFormat", "smart_format"),
        ("keywords", "keywords"),
    )

    provider: Literal["deepgram"]
    model: DeepgramTranscriberModel | str | Unset = UNSET
    language: DeepgramTranscriberLanguage | Unset = UNSET
    smart_format: bool | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

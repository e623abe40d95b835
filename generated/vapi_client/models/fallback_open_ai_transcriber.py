from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_open_ai_transcriber_language import FallbackOpenAITranscriberLanguage
    from ..models.fallback_open_ai_transcriber_model import FallbackOpenAITranscriberModel


__all__ = ["FallbackOpenAITranscriber"]


@_attrs_define(repr=False)
class FallbackOpenAITranscriber(Model):
    """FallbackOpenAITranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model:
        language:
    """

    _schema: ClassVar[str] = "FallbackOpenAITranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
    )

    provider: Literal["openai"]
    model: FallbackOpenAITranscriberModel
    language: FallbackOpenAITranscriberLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_google_transcriber_language import FallbackGoogleTranscriberLanguage
    from ..models.fallback_google_transcriber_model import FallbackGoogleTranscriberModel
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["GoogleTranscriber"]


@_attrs_define(repr=False)
class GoogleTranscriber(Model):
    """GoogleTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model:
        language:
        fallback_plan:
    """

    _schema: ClassVar[str] = "GoogleTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["google"]
    model: FallbackGoogleTranscriberModel | Unset = UNSET
    language: FallbackGoogleTranscriberLanguage | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

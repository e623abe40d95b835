from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_talkscriber_transcriber_language import FallbackTalkscriberTranscriberLanguage
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["TalkscriberTranscriber"]


@_attrs_define(repr=False)
class TalkscriberTranscriber(Model):
    """TalkscriberTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model: This is the model that will be used for the transcription.
        language:
        fallback_plan:
    """

    _schema: ClassVar[str] = "TalkscriberTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["talkscriber"]
    model: Literal["whisper"] | Unset = UNSET
    language: FallbackTalkscriberTranscriberLanguage | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

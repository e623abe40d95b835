from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.fallback_xai_transcriber_language import FallbackXaiTranscriberLanguage


__all__ = ["XaiTranscriber"]


@_attrs_define(repr=False)
class XaiTranscriber(Model):
    """XaiTranscriber

    Attributes:
        provider:
        model: The xAI speech-to-text model to use. xAI currently exposes a single STT model — placeholder for
            future model selection.
        language:
        fallback_plan:
    """

    _schema: ClassVar[str] = "XaiTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["xai"]
    model: Literal["default"] | Unset = UNSET
    language: FallbackXaiTranscriberLanguage | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_cartesia_transcriber_language import FallbackCartesiaTranscriberLanguage
    from ..models.fallback_cartesia_transcriber_model import FallbackCartesiaTranscriberModel


__all__ = ["FallbackCartesiaTranscriber"]


@_attrs_define(repr=False)
class FallbackCartesiaTranscriber(Model):
    """FallbackCartesiaTranscriber

    Attributes:
        provider:
        model:
        language:
    """

    _schema: ClassVar[str] = "FallbackCartesiaTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
    )

    provider: Literal["cartesia"]
    model: FallbackCartesiaTranscriberModel | Unset = UNSET
    language: FallbackCartesiaTranscriberLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

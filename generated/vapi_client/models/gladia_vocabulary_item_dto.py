from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["GladiaVocabularyItemDTO"]


@_attrs_define(repr=False)
class GladiaVocabularyItemDTO(Model):
    """GladiaVocabularyItemDTO

    Attributes:
        value: The vocabulary word or phrase
        pronunciations: Alternative pronunciations for the vocabulary item
        intensity: Intensity for this specific vocabulary item (0.0 to 1.0)
        language: Language code for this vocabulary item (ISO 639-1)
    """

    _schema: ClassVar[str] = "GladiaVocabularyItemDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("pronunciations", "pronunciations"),
        ("intensity", "intensity"),
        ("language", "language"),
    )

    value: str
    pronunciations: list[str] | Unset = UNSET
    intensity: float | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

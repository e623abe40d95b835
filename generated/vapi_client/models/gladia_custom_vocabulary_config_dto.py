from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gladia_vocabulary_item_dto import GladiaVocabularyItemDTO


__all__ = ["GladiaCustomVocabularyConfigDTO"]


@_attrs_define(repr=False)
class GladiaCustomVocabularyConfigDTO(Model):
    """GladiaCustomVocabularyConfigDTO

    Attributes:
        vocabulary: Array of vocabulary items (strings or objects with value, pronunciations, intensity, language)
        default_intensity: Default intensity for vocabulary items (0.0 to 1.0)
    """

    _schema: ClassVar[str] = "GladiaCustomVocabularyConfigDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vocabulary", "vocabulary"),
        ("defaultIntensity", "default_intensity"),
    )

    vocabulary: list[str | GladiaVocabularyItemDTO]
    default_intensity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

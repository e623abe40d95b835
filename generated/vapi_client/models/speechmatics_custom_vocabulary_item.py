from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SpeechmaticsCustomVocabularyItem"]


@_attrs_define(repr=False)
class SpeechmaticsCustomVocabularyItem(Model):
    """SpeechmaticsCustomVocabularyItem

    Attributes:
        content: The word or phrase to add to the custom vocabulary.
        sounds_like: Alternative phonetic representations of how the word might sound. This helps recognition when the
            word might be pronounced differently.
    """

    _schema: ClassVar[str] = "SpeechmaticsCustomVocabularyItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("soundsLike", "sounds_like"),
    )

    content: str
    sounds_like: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

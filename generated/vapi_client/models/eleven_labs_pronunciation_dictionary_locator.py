from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ElevenLabsPronunciationDictionaryLocator"]


@_attrs_define(repr=False)
class ElevenLabsPronunciationDictionaryLocator(Model):
    """ElevenLabsPronunciationDictionaryLocator

    Attributes:
        pronunciation_dictionary_id: This is the ID of the pronunciation dictionary to use.
        version_id: This is the version ID of the pronunciation dictionary to use.

            Omit to use the dictionary's latest version.
    """

    _schema: ClassVar[str] = "ElevenLabsPronunciationDictionaryLocator"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pronunciationDictionaryId", "pronunciation_dictionary_id"),
        ("versionId", "version_id"),
    )

    pronunciation_dictionary_id: str
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

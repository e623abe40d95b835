from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vapi_pronunciation_dictionary_locator_provider import VapiPronunciationDictionaryLocatorProvider


__all__ = ["VapiPronunciationDictionaryLocator"]


@_attrs_define(repr=False)
class VapiPronunciationDictionaryLocator(Model):
    """VapiPronunciationDictionaryLocator

    Attributes:
        pronunciation_dict_id: The pronunciation dictionary ID
        version_id: Version ID (only used by ElevenLabs, ignored for Cartesia)
        provider:
    """

    _schema: ClassVar[str] = "VapiPronunciationDictionaryLocator"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pronunciationDictId", "pronunciation_dict_id"),
        ("versionId", "version_id"),
        ("provider", "provider"),
    )

    pronunciation_dict_id: str
    version_id: str | Unset = UNSET
    provider: VapiPronunciationDictionaryLocatorProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.vapi_model_version import VapiModelVersion
    from ..models.vapi_transcriber_turn_taking import VapiTranscriberTurnTaking


__all__ = ["VapiTranscriber"]


@_attrs_define(repr=False)
class VapiTranscriber(Model):
    """VapiTranscriber

    Attributes:
        provider:
        version:
        language:
        languages: These are the languages for transcription as ISO 639-1 codes. Set one or
            more codes to restrict and bias recognition to those languages. An empty
            array `[]` (or omitting both this and `language`) enables auto-detection
            of the spoken language.
        keywords: These are custom keywords/vocabulary to boost recognition of use-case
            specific words (company names, product names, jargon).
        turn_taking:
    """

    _schema: ClassVar[str] = "VapiTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("version", "version"),
        ("language", "language"),
        ("languages", "languages"),
        ("keywords", "keywords"),
        ("turnTaking", "turn_taking"),
    )

    provider: Literal["vapi"]
    version: VapiModelVersion | Unset = UNSET
    language: CartesiaTranscriberLanguage | Unset = UNSET
    languages: list[CartesiaTranscriberLanguage] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    turn_taking: VapiTranscriberTurnTaking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

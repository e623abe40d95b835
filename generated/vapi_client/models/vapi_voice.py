from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_plan import ChunkPlan
    from ..models.fallback_vapi_voice_language import FallbackVapiVoiceLanguage
    from ..models.fallback_vapi_voice_version import FallbackVapiVoiceVersion
    from ..models.vapi_pronunciation_dictionary_locator import VapiPronunciationDictionaryLocator


__all__ = ["VapiVoice"]


@_attrs_define(repr=False)
class VapiVoice(Model):
    """VapiVoice

    Attributes:
        provider: This is the voice provider that will be used.
        voice_id: The voice to use: a built-in Vapi voice name, or a cloned voice id (used with version 2).
        caching_enabled: This is the flag to toggle voice caching for the assistant.
        version: The Vapi voice routing generation. `latest` auto-updates to the newest generation; version 1 uses
            legacy mappings; version 2 can use xAI-backed voices when available. When omitted, Version 1 is
            used. Accepts the string channel ('latest', '1', '2'); legacy numeric values (1, 2) are also
            accepted and coerced to their string form.
        speed: This is the speed multiplier that will be used.

            @default 1
        language:
        pronunciation_dictionary: List of pronunciation dictionary locators for custom word pronunciations.
        chunk_plan:
    """

    _schema: ClassVar[str] = "VapiVoice"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voiceId", "voice_id"),
        ("cachingEnabled", "caching_enabled"),
        ("version", "version"),
        ("speed", "speed"),
        ("language", "language"),
        ("pronunciationDictionary", "pronunciation_dictionary"),
        ("chunkPlan", "chunk_plan"),
    )

    provider: Literal["vapi"]
    voice_id: str
    caching_enabled: bool | Unset = UNSET
    version: FallbackVapiVoiceVersion | float | Unset = UNSET
    speed: float | Unset = UNSET
    language: FallbackVapiVoiceLanguage | Unset = UNSET
    pronunciation_dictionary: list[VapiPronunciationDictionaryLocator] | Unset = UNSET
    chunk_plan: ChunkPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

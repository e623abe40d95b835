from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage
    from ..models.fallback_soniox_transcriber_model import FallbackSonioxTranscriberModel
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.soniox_context_general_item import SonioxContextGeneralItem


__all__ = ["SonioxTranscriber"]


@_attrs_define(repr=False)
class SonioxTranscriber(Model):
    """SonioxTranscriber

    Attributes:
        provider:
        model:
        language:
        languages: Language hints sent to Soniox as `language_hints`. Provide `[lang1, lang2, ...]` (ISO 639-1 codes)
            to bias recognition toward specific languages, or provide an explicit empty array `[]` to enable
            Soniox auto-detect across all 60+ supported languages. When set (including the empty array), this
            field takes precedence over the singular `language` field. When omitted, falls back to the singular
            `language` (which defaults to `en` if also unset). Best accuracy is achieved with a single language.
        language_hints_strict: When `true`, Soniox strictly restricts transcription to the languages in `languages` (or the
            singular `language` if `languages` is unset). When `false`, Soniox biases toward those languages but
            still allows transcription in other languages. Has no effect when no language hints are sent (e.g.,
            `languages: []` for auto-detect). Defaults to `true` (strict mode).
        max_endpoint_delay_ms: Maximum delay in milliseconds between when the speaker stops and when the endpoint is detected.
            Lower values mean faster turn-taking but more false endpoints. Range: 500-3000. Default: 500.
        custom_vocabulary: Custom vocabulary terms to boost recognition accuracy. Useful for brand names, product names, and
            domain-specific terminology. Maps to Soniox context.terms.
        context_general: General context key-value pairs that guide the AI model during transcription. Helps adapt vocabulary
            to the correct domain, improving accuracy. Recommended: 10 or fewer pairs. Maps to Soniox
            context.general.
        fallback_plan:
    """

    _schema: ClassVar[str] = "SonioxTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("languages", "languages"),
        ("languageHintsStrict", "language_hints_strict"),
        ("maxEndpointDelayMs", "max_endpoint_delay_ms"),
        ("customVocabulary", "custom_vocabulary"),
        ("contextGeneral", "context_general"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["soniox"]
    model: FallbackSonioxTranscriberModel | Unset = UNSET
    language: CartesiaTranscriberLanguage | Unset = UNSET
    languages: list[CartesiaTranscriberLanguage] | Unset = UNSET
    language_hints_strict: bool | Unset = UNSET
    max_endpoint_delay_ms: float | Unset = UNSET
    custom_vocabulary: list[str] | Unset = UNSET
    context_general: list[SonioxContextGeneralItem] | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deepgram_transcriber_language import DeepgramTranscriberLanguage
    from ..models.deepgram_transcriber_model import DeepgramTranscriberModel
    from ..models.deepgram_transcriber_redaction import DeepgramTranscriberRedaction


__all__ = ["FallbackDeepgramTranscriber"]


@_attrs_define(repr=False)
class FallbackDeepgramTranscriber(Model):
    """FallbackDeepgramTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model: This is the Deepgram model that will be used. A list of models can be found here:
            https://developers.deepgram.com/docs/models-languages-overview
        language:
        smart_format: This will be use smart format option provided by Deepgram. It's default disabled because it can
            sometimes format numbers as times but it's getting better.
        mip_opt_out: If set to true, this will add mip_opt_out=true as a query parameter of all API requests. See
            https://developers.deepgram.com/docs/the-deepgram-model-improvement-partnership-program#want-to-opt-
            out

            This will only be used if you are using your own Deepgram API key.

            @default false
        numerals: If set to true, this will cause deepgram to convert spoken numbers to literal numerals. For example,
            "my phone number is nine-seven-two..." would become "my phone number is 972..."

            @default false
        profanity_filter: If set to true, Deepgram will replace profanity in transcripts with surrounding asterisks, e.g.
            "f***".

            @default false
        redaction: Enables redaction of sensitive information from transcripts.

            Options include:
            - "pci": Redacts credit card numbers, expiration dates, and CVV.
            - "pii": Redacts personally identifiable information (names, locations, identifying numbers, etc.).
            - "phi": Redacts protected health information (medical conditions, drugs, injuries, etc.).
            - "numbers": Redacts numerical and identifying entities (dates, account numbers, SSNs, etc.).

            Multiple values can be provided to redact different categories simultaneously.
            Redacted content is replaced with entity labels like [CREDIT_CARD_1], [SSN_1], etc.

            See https://developers.deepgram.com/docs/redaction for details.
        confidence_threshold: Transcripts below this confidence threshold will be discarded.

            @default 0.4
        eot_threshold: End-of-turn confidence required to finish a turn. Only used with Flux models.

            @default 0.7
        eot_timeout_ms: A turn will be finished when this much time has passed after speech, regardless of EOT confidence.
            Only used with Flux models.

            @default 5000
        languages: Language hints to bias Flux Multilingual (`flux-general-multi`) toward specific languages.
            Provide BCP-47 language codes (e.g. "en", "es", "fr"). Multiple hints can be given for
            multilingual or code-switching scenarios. Omit for auto-detection. Only used with `flux-general-
            multi`.
        keywords: These keywords are passed to the transcription model to help it pick up use-case specific words.
            Anything that may not be a common word, like your company name, should be added here.
        keyterm: Keyterm Prompting allows you improve Keyword Recall Rate (KRR) for important keyterms or phrases up
            to 90%.
        endpointing: This is the timeout after which Deepgram will send transcription on user silence. You can read in-
            depth documentation here: https://developers.deepgram.com/docs/endpointing.

            Here are the most important bits:
            - Defaults to 10. This is recommended for most use cases to optimize for latency.
            - 10 can cause some missing transcriptions since because of the shorter context. This mostly happens
            for one-word utterances. For those uses cases, it's recommended to try 300. It will add a bit of
            latency but the quality and reliability of the experience will be better.
            - If neither 10 nor 300 work, contact support@vapi.ai and we'll find another solution.

            @default 10
    """

    _schema: ClassVar[str] = "FallbackDeepgramTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("smartFormat", "smart_format"),
        ("mipOptOut", "mip_opt_out"),
        ("numerals", "numerals"),
        ("profanityFilter", "profanity_filter"),
        ("redaction", "redaction"),
        ("confidenceThreshold", "confidence_threshold"),
        ("eotThreshold", "eot_threshold"),
        ("eotTimeoutMs", "eot_timeout_ms"),
        ("languages", "languages"),
        ("keywords", "keywords"),
        ("keyterm", "keyterm"),
        ("endpointing", "endpointing"),
    )

    provider: Literal["deepgram"]
    model: DeepgramTranscriberModel | str | Unset = UNSET
    language: DeepgramTranscriberLanguage | Unset = UNSET
    smart_format: bool | Unset = UNSET
    mip_opt_out: bool | Unset = UNSET
    numerals: bool | Unset = UNSET
    profanity_filter: bool | Unset = UNSET
    redaction: list[DeepgramTranscriberRedaction] | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    eot_threshold: float | Unset = UNSET
    eot_timeout_ms: float | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    keyterm: list[str] | Unset = UNSET
    endpointing: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deepgram_transcriber_language import DeepgramTranscriberLanguage, _DeepgramTranscriberLanguageValues
    from ..models.deepgram_transcriber_model import DeepgramTranscriberModel, _DeepgramTranscriberModelValues
    from ..models.deepgram_transcriber_redaction import (
        DeepgramTranscriberRedaction,
        _DeepgramTranscriberRedactionValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan


__all__ = ["DeepgramTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class DeepgramTranscriber(Model):
    """DeepgramTranscriber

    Attributes:
        provider: This is the transcription provider that will be used.
        model: This is the Deepgram model that will be used. A list of models can be found here:
            https://developers.deepgram.com/docs/models-languages-overview
        language: This is the language that will be set for the transcription. The list of languages Deepgram supports
            can be found here: https://developers.deepgram.com/docs/models-languages-overview
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
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
    """

    _schema: ClassVar[str] = "DeepgramTranscriber"
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
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["deepgram"]
    model: DeepgramTranscriberModel | _DeepgramTranscriberModelValues | str | Unset = UNSET
    language: DeepgramTranscriberLanguage | _DeepgramTranscriberLanguageValues | Unset = UNSET
    smart_format: bool | Unset = UNSET
    mip_opt_out: bool | Unset = UNSET
    numerals: bool | Unset = UNSET
    profanity_filter: bool | Unset = UNSET
    redaction: list[DeepgramTranscriberRedaction | _DeepgramTranscriberRedactionValues] | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    eot_threshold: float | Unset = UNSET
    eot_timeout_ms: float | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    keyterm: list[str] | Unset = UNSET
    endpointing: float | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_DeepgramTranscriber_items_6 = _h.Items(("enum", "DeepgramTranscriberRedaction", False))


def _load_DeepgramTranscriber(data: dict[str, Any], strict: bool) -> DeepgramTranscriber | dict[str, Any]:
    """DeepgramTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "deepgram" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["DeepgramTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("DeepgramTranscriberModel", v)
        if p1 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["DeepgramTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("DeepgramTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    if "smartFormat" in data:
        v = data["smartFormat"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "mipOptOut" in data:
        v = data["mipOptOut"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "numerals" in data:
        v = data["numerals"]
        p5 = v if (v is True or v is False) else _S
        if p5 is _S:
            slow = True
    if "profanityFilter" in data:
        v = data["profanityFilter"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if "redaction" in data:
        v = data["redaction"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["DeepgramTranscriberRedaction"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("DeepgramTranscriberRedaction", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p7 = _R(_DeepgramTranscriber_items_6, out3) if resume5 else out3
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if "confidenceThreshold" in data:
        v = data["confidenceThreshold"]
        p8 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p8 is _S:
            slow = True
    if "eotThreshold" in data:
        v = data["eotThreshold"]
        p9 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0.5 and v <= 0.9 else _S
        if p9 is _S:
            slow = True
    if "eotTimeoutMs" in data:
        v = data["eotTimeoutMs"]
        p10 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 500 and v <= 10000 else _S
        if p10 is _S:
            slow = True
    if "languages" in data:
        v = data["languages"]
        p11 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p11 is _S:
            slow = True
    if "keywords" in data:
        v = data["keywords"]
        p12 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p12 is _S:
            slow = True
    if "keyterm" in data:
        v = data["keyterm"]
        p13 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p13 is _S:
            slow = True
    if "endpointing" in data:
        v = data["endpointing"]
        p14 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 10 and v <= 500 else _S
        if p14 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p15 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("FallbackTranscriberPlan", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_DeepgramTranscriber:
            return DeepgramTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = DeepgramTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_DeepgramTranscriber}
            return obj
    return {
        "provider": p0,
        "model": p1,
        "language": p2,
        "smartFormat": p3,
        "mipOptOut": p4,
        "numerals": p5,
        "profanityFilter": p6,
        "redaction": p7,
        "confidenceThreshold": p8,
        "eotThreshold": p9,
        "eotTimeoutMs": p10,
        "languages": p11,
        "keywords": p12,
        "keyterm": p13,
        "endpointing": p14,
        "fallbackPlan": p15,
    }


_KNOWN_DeepgramTranscriber = frozenset(
    (
        "provider",
        "model",
        "language",
        "smartFormat",
        "mipOptOut",
        "numerals",
        "profanityFilter",
        "redaction",
        "confidenceThreshold",
        "eotThreshold",
        "eotTimeoutMs",
        "languages",
        "keywords",
        "keyterm",
        "endpointing",
        "fallbackPlan",
    )
)


def _to_dict_DeepgramTranscriber(self: DeepgramTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.smart_format
    if v is not UNSET:
        out["smartFormat"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.mip_opt_out
    if v is not UNSET:
        out["mipOptOut"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.numerals
    if v is not UNSET:
        out["numerals"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.profanity_filter
    if v is not UNSET:
        out["profanityFilter"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.redaction
    if v is not UNSET:
        out["redaction"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.confidence_threshold
    if v is not UNSET:
        out["confidenceThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.eot_threshold
    if v is not UNSET:
        out["eotThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.eot_timeout_ms
    if v is not UNSET:
        out["eotTimeoutMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.languages
    if v is not UNSET:
        out["languages"] = _h.fresh(v)
    v = self.keywords
    if v is not UNSET:
        out["keywords"] = _h.fresh(v)
    v = self.keyterm
    if v is not UNSET:
        out["keyterm"] = _h.fresh(v)
    v = self.endpointing
    if v is not UNSET:
        out["endpointing"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


DeepgramTranscriber._fast_load = _load_DeepgramTranscriber
setattr(DeepgramTranscriber, "to_dict", _to_dict_DeepgramTranscriber)  # noqa: B010 - replaces Model.to_dict

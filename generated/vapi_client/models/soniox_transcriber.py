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
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage, _CartesiaTranscriberLanguageValues
    from ..models.fallback_soniox_transcriber_model import (
        FallbackSonioxTranscriberModel,
        _FallbackSonioxTranscriberModelValues,
    )
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.soniox_context_general_item import SonioxContextGeneralItem


__all__ = ["SonioxTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SonioxTranscriber(Model):
    """SonioxTranscriber

    Attributes:
        provider:
        model: The Soniox model to use for transcription.
        language: Single language for transcription as an ISO 639-1 code (e.g., `en`, `es`). For multi-language hints
            or to enable Soniox auto-detect, use `languages` instead — when `languages` is set (including to an
            empty array), this field is ignored when building the Soniox request. Defaults to `en` if neither
            this nor `languages` is set.
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
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
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
    model: FallbackSonioxTranscriberModel | _FallbackSonioxTranscriberModelValues | Unset = UNSET
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues | Unset = UNSET
    languages: list[CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues] | Unset = UNSET
    language_hints_strict: bool | Unset = UNSET
    max_endpoint_delay_ms: float | Unset = UNSET
    custom_vocabulary: list[str] | Unset = UNSET
    context_general: list[SonioxContextGeneralItem] | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_SonioxTranscriber_items_6 = _h.Items(("enum", "CartesiaTranscriberLanguage", False))
_SonioxTranscriber_items_12 = _h.Items(("model", "SonioxContextGeneralItem"))


def _load_SonioxTranscriber(data: dict[str, Any], strict: bool) -> SonioxTranscriber | dict[str, Any]:
    """SonioxTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "soniox" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["FallbackSonioxTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("FallbackSonioxTranscriberModel", v)
        if p1 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["CartesiaTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CartesiaTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    if "languages" in data:
        v = data["languages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _MEMBERS["CartesiaTranscriberLanguage"].get(e1, _S) if type(e1) is str else _S
                if x2 is _S and type(e1) is str and True:
                    x2 = _h.open_member("CartesiaTranscriberLanguage", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p3 = _R(_SonioxTranscriber_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "languageHintsStrict" in data:
        v = data["languageHintsStrict"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "maxEndpointDelayMs" in data:
        v = data["maxEndpointDelayMs"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 500 and v <= 3000 else _S
        if p5 is _S:
            slow = True
    if "customVocabulary" in data:
        v = data["customVocabulary"]
        p6 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p6 is _S:
            slow = True
    if "contextGeneral" in data:
        v = data["contextGeneral"]
        if type(v) is list:
            resume11 = False
            out9: list[Any] = []
            for e7 in v:
                x8 = _FAST["SonioxContextGeneralItem"](e7, strict) if type(e7) is dict else _S
                if type(x8) is dict:  # loaded in part: the generic loader finishes it
                    x8 = _R("SonioxContextGeneralItem", x8)
                if x8 is _S or type(x8) is _R:
                    resume11 = True
                out9.append(x8)
            p7 = _R(_SonioxTranscriber_items_12, out9) if resume11 else out9
        else:
            p7 = _S
        if p7 is _S or type(p7) is _R:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p8 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("FallbackTranscriberPlan", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SonioxTranscriber:
            return SonioxTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SonioxTranscriber(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SonioxTranscriber}
            return obj
    return {
        "provider": p0,
        "model": p1,
        "language": p2,
        "languages": p3,
        "languageHintsStrict": p4,
        "maxEndpointDelayMs": p5,
        "customVocabulary": p6,
        "contextGeneral": p7,
        "fallbackPlan": p8,
    }


_KNOWN_SonioxTranscriber = frozenset(
    (
        "provider",
        "model",
        "language",
        "languages",
        "languageHintsStrict",
        "maxEndpointDelayMs",
        "customVocabulary",
        "contextGeneral",
        "fallbackPlan",
    )
)


def _to_dict_SonioxTranscriber(self: SonioxTranscriber) -> dict[str, Any]:
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
    v = self.languages
    if v is not UNSET:
        out["languages"] = (
            [i13._value_ if isinstance(i13, _h.Enum) else _h.fresh(i13) for i13 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.language_hints_strict
    if v is not UNSET:
        out["languageHintsStrict"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.max_endpoint_delay_ms
    if v is not UNSET:
        out["maxEndpointDelayMs"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.custom_vocabulary
    if v is not UNSET:
        out["customVocabulary"] = _h.fresh(v)
    v = self.context_general
    if v is not UNSET:
        out["contextGeneral"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SonioxTranscriber._fast_load = _load_SonioxTranscriber
setattr(SonioxTranscriber, "to_dict", _to_dict_SonioxTranscriber)  # noqa: B010 - replaces Model.to_dict

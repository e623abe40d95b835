# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage, _CartesiaTranscriberLanguageValues
    from ..models.vapi_model_version import VapiModelVersion, _VapiModelVersionValues
    from ..models.vapi_transcriber_turn_taking import VapiTranscriberTurnTaking, _VapiTranscriberTurnTakingValues


__all__ = ["VapiTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiTranscriber(Model):
    """VapiTranscriber

    Attributes:
        provider:
        version: This is the version of the Vapi transcriber. Vapi manages the underlying
            model and routing. When omitted, the latest version is used.

            Managed version params are additive-only and `'latest'` is an auto-update
            channel — see the param-evolution INVARIANT in `vapiManaged/types.ts`.
        language: This is the language for transcription as an ISO 639-1 code (e.g. `en`).
            Selecting a language locks transcription to it. For multiple languages,
            use `languages` instead. When neither `language` nor `languages` is set,
            the transcriber auto-detects the spoken language.
        languages: These are the languages for transcription as ISO 639-1 codes. Set one or
            more codes to restrict and bias recognition to those languages. An empty
            array `[]` (or omitting both this and `language`) enables auto-detection
            of the spoken language.
        keywords: These are custom keywords/vocabulary to boost recognition of use-case
            specific words (company names, product names, jargon).
        turn_taking: This is the turn-taking mode. `intelligent` uses the underlying model's
            native end-of-turn detection; `manual` ignores it and waits a fixed
            end-of-turn delay. Defaults to `intelligent`.
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
    version: VapiModelVersion | _VapiModelVersionValues | Unset = UNSET
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues | Unset = UNSET
    languages: list[CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    turn_taking: VapiTranscriberTurnTaking | _VapiTranscriberTurnTakingValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_VapiTranscriber_items_6 = _h.Items(("enum", "CartesiaTranscriberLanguage", False))


def _load_VapiTranscriber(data: dict[str, Any], strict: bool) -> VapiTranscriber | dict[str, Any]:
    """VapiTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "vapi" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "version" in data:
        v = data["version"]
        p1 = _MEMBERS["VapiModelVersion"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("VapiModelVersion", v)
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
            p3 = _R(_VapiTranscriber_items_6, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "keywords" in data:
        v = data["keywords"]
        p4 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p4 is _S:
            slow = True
    if "turnTaking" in data:
        v = data["turnTaking"]
        p5 = _MEMBERS["VapiTranscriberTurnTaking"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and not strict:
            p5 = _h.open_member("VapiTranscriberTurnTaking", v)
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiTranscriber:
            return VapiTranscriber(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiTranscriber(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiTranscriber}
            return obj
    return {"provider": p0, "version": p1, "language": p2, "languages": p3, "keywords": p4, "turnTaking": p5}


_KNOWN_VapiTranscriber = frozenset(("provider", "version", "language", "languages", "keywords", "turnTaking"))


def _to_dict_VapiTranscriber(self: VapiTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.version
    if v is not UNSET:
        out["version"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.languages
    if v is not UNSET:
        out["languages"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.keywords
    if v is not UNSET:
        out["keywords"] = _h.fresh(v)
    v = self.turn_taking
    if v is not UNSET:
        out["turnTaking"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiTranscriber._fast_load = _load_VapiTranscriber
setattr(VapiTranscriber, "to_dict", _to_dict_VapiTranscriber)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.fallback_transcriber_plan import FallbackTranscriberPlan
    from ..models.fallback_xai_transcriber_language import (
        FallbackXaiTranscriberLanguage,
        _FallbackXaiTranscriberLanguageValues,
    )


__all__ = ["XaiTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class XaiTranscriber(Model):
    """XaiTranscriber

    Attributes:
        provider:
        model: The xAI speech-to-text model to use. xAI currently exposes a single STT model — placeholder for
            future model selection.
        language: Single language for transcription as an ISO 639-1 code (e.g., `en`, `es`). Defaults to `en` if not
            set. xAI auto-detects when omitted via the API but Vapi defaults to English for deterministic
            behavior.
        fallback_plan: This is the plan for transcriber provider fallbacks in the event that the primary transcriber
            provider fails.
    """

    _schema: ClassVar[str] = "XaiTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
        ("fallbackPlan", "fallback_plan"),
    )

    provider: Literal["xai"]
    model: Literal["default"] | Unset = UNSET
    language: FallbackXaiTranscriberLanguage | _FallbackXaiTranscriberLanguageValues | Unset = UNSET
    fallback_plan: FallbackTranscriberPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_XaiTranscriber(data: dict[str, Any], strict: bool) -> XaiTranscriber | dict[str, Any]:
    """XaiTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "xai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = v if type(v) is str and v == "default" else _S
        if p1 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["FallbackXaiTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("FallbackXaiTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    if "fallbackPlan" in data:
        v = data["fallbackPlan"]
        p3 = _FAST["FallbackTranscriberPlan"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("FallbackTranscriberPlan", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_XaiTranscriber:
            return XaiTranscriber(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = XaiTranscriber(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_XaiTranscriber}
            return obj
    return {"provider": p0, "model": p1, "language": p2, "fallbackPlan": p3}


_KNOWN_XaiTranscriber = frozenset(("provider", "model", "language", "fallbackPlan"))


def _to_dict_XaiTranscriber(self: XaiTranscriber) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.fallback_plan
    if v is not UNSET:
        out["fallbackPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


XaiTranscriber._fast_load = _load_XaiTranscriber
setattr(XaiTranscriber, "to_dict", _to_dict_XaiTranscriber)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage, _CartesiaTranscriberLanguageValues
    from ..models.cartesia_transcriber_model import CartesiaTranscriberModel, _CartesiaTranscriberModelValues


__all__ = ["FallbackCartesiaTranscriber"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class FallbackCartesiaTranscriber(Model):
    """FallbackCartesiaTranscriber

    Attributes:
        provider:
        model:
        language:
    """

    _schema: ClassVar[str] = "FallbackCartesiaTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
    )

    provider: Literal["cartesia"]
    model: CartesiaTranscriberModel | _CartesiaTranscriberModelValues | Unset = UNSET
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_FallbackCartesiaTranscriber(
    data: dict[str, Any], strict: bool
) -> FallbackCartesiaTranscriber | dict[str, Any]:
    """FallbackCartesiaTranscriber from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "cartesia" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = _MEMBERS["CartesiaTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("CartesiaTranscriberModel", v)
        if p1 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["CartesiaTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CartesiaTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_FallbackCartesiaTranscriber:
            return FallbackCartesiaTranscriber(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = FallbackCartesiaTranscriber(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_FallbackCartesiaTranscriber}
            return obj
    return {"provider": p0, "model": p1, "language": p2}


_KNOWN_FallbackCartesiaTranscriber = frozenset(("provider", "model", "language"))


def _to_dict_FallbackCartesiaTranscriber(self: FallbackCartesiaTranscriber) -> dict[str, Any]:
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
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


FallbackCartesiaTranscriber._fast_load = _load_FallbackCartesiaTranscriber
setattr(FallbackCartesiaTranscriber, "to_dict", _to_dict_FallbackCartesiaTranscriber)  # noqa: B010 - replaces Model.to_dict

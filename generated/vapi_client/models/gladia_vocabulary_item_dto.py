# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["GladiaVocabularyItemDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GladiaVocabularyItemDTO(Model):
    """GladiaVocabularyItemDTO

    Attributes:
        value: The vocabulary word or phrase
        pronunciations: Alternative pronunciations for the vocabulary item
        intensity: Intensity for this specific vocabulary item (0.0 to 1.0)
        language: Language code for this vocabulary item (ISO 639-1)
    """

    _schema: ClassVar[str] = "GladiaVocabularyItemDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("pronunciations", "pronunciations"),
        ("intensity", "intensity"),
        ("language", "language"),
    )

    value: str
    pronunciations: list[str] | Unset = UNSET
    intensity: float | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GladiaVocabularyItemDTO(data: dict[str, Any], strict: bool) -> GladiaVocabularyItemDTO | dict[str, Any]:
    """GladiaVocabularyItemDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "value" in data:
        v = data["value"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "pronunciations" in data:
        v = data["pronunciations"]
        p1 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p1 is _S:
            slow = True
    if "intensity" in data:
        v = data["intensity"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p2 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GladiaVocabularyItemDTO:
            return GladiaVocabularyItemDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GladiaVocabularyItemDTO(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GladiaVocabularyItemDTO}
            return obj
    return {"value": p0, "pronunciations": p1, "intensity": p2, "language": p3}


_KNOWN_GladiaVocabularyItemDTO = frozenset(("value", "pronunciations", "intensity", "language"))


def _to_dict_GladiaVocabularyItemDTO(self: GladiaVocabularyItemDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.value
    if v is not UNSET:
        out["value"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pronunciations
    if v is not UNSET:
        out["pronunciations"] = _h.fresh(v)
    v = self.intensity
    if v is not UNSET:
        out["intensity"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GladiaVocabularyItemDTO._fast_load = _load_GladiaVocabularyItemDTO
setattr(GladiaVocabularyItemDTO, "to_dict", _to_dict_GladiaVocabularyItemDTO)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gladia_vocabulary_item_dto import GladiaVocabularyItemDTO


__all__ = ["GladiaCustomVocabularyConfigDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GladiaCustomVocabularyConfigDTO(Model):
    """GladiaCustomVocabularyConfigDTO

    Attributes:
        vocabulary: Array of vocabulary items (strings or objects with value, pronunciations, intensity, language)
        default_intensity: Default intensity for vocabulary items (0.0 to 1.0)
    """

    _schema: ClassVar[str] = "GladiaCustomVocabularyConfigDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vocabulary", "vocabulary"),
        ("defaultIntensity", "default_intensity"),
    )

    vocabulary: list[str | GladiaVocabularyItemDTO]
    default_intensity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_GladiaCustomVocabularyConfigDTO_one_of_6 = _h.OneOf(("string", {}), ("model", "GladiaVocabularyItemDTO"))
_GladiaCustomVocabularyConfigDTO_items_7 = _h.Items(("oneof", ("string", {}), ("model", "GladiaVocabularyItemDTO")))


def _load_GladiaCustomVocabularyConfigDTO(
    data: dict[str, Any], strict: bool
) -> GladiaCustomVocabularyConfigDTO | dict[str, Any]:
    """GladiaCustomVocabularyConfigDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "vocabulary" in data:
        v = data["vocabulary"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _GladiaCustomVocabularyConfigDTO_one_of_6(e1, strict)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_GladiaCustomVocabularyConfigDTO_items_7, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "defaultIntensity" in data:
        v = data["defaultIntensity"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 1 else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GladiaCustomVocabularyConfigDTO:
            return GladiaCustomVocabularyConfigDTO(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GladiaCustomVocabularyConfigDTO(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_GladiaCustomVocabularyConfigDTO
            }
            return obj
    return {"vocabulary": p0, "defaultIntensity": p1}


_KNOWN_GladiaCustomVocabularyConfigDTO = frozenset(("vocabulary", "defaultIntensity"))


def _to_dict_GladiaCustomVocabularyConfigDTO(self: GladiaCustomVocabularyConfigDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.vocabulary
    if v is not UNSET:
        out["vocabulary"] = [_h.dump_json(i8) for i8 in v] if type(v) is list else _h.fresh(v)
    v = self.default_intensity
    if v is not UNSET:
        out["defaultIntensity"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GladiaCustomVocabularyConfigDTO._fast_load = _load_GladiaCustomVocabularyConfigDTO
setattr(GladiaCustomVocabularyConfigDTO, "to_dict", _to_dict_GladiaCustomVocabularyConfigDTO)  # noqa: B010 - replaces Model.to_dict

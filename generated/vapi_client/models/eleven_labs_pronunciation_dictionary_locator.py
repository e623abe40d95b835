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

__all__ = ["ElevenLabsPronunciationDictionaryLocator"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ElevenLabsPronunciationDictionaryLocator(Model):
    """ElevenLabsPronunciationDictionaryLocator

    Attributes:
        pronunciation_dictionary_id: This is the ID of the pronunciation dictionary to use.
        version_id: This is the version ID of the pronunciation dictionary to use.

            Omit to use the dictionary's latest version.
    """

    _schema: ClassVar[str] = "ElevenLabsPronunciationDictionaryLocator"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pronunciationDictionaryId", "pronunciation_dictionary_id"),
        ("versionId", "version_id"),
    )

    pronunciation_dictionary_id: str
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ElevenLabsPronunciationDictionaryLocator(
    data: dict[str, Any], strict: bool
) -> ElevenLabsPronunciationDictionaryLocator | dict[str, Any]:
    """ElevenLabsPronunciationDictionaryLocator from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "pronunciationDictionaryId" in data:
        v = data["pronunciationDictionaryId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "versionId" in data:
        v = data["versionId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ElevenLabsPronunciationDictionaryLocator:
            return ElevenLabsPronunciationDictionaryLocator(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ElevenLabsPronunciationDictionaryLocator(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ElevenLabsPronunciationDictionaryLocator
            }
            return obj
    return {"pronunciationDictionaryId": p0, "versionId": p1}


_KNOWN_ElevenLabsPronunciationDictionaryLocator = frozenset(("pronunciationDictionaryId", "versionId"))


def _to_dict_ElevenLabsPronunciationDictionaryLocator(self: ElevenLabsPronunciationDictionaryLocator) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.pronunciation_dictionary_id
    if v is not UNSET:
        out["pronunciationDictionaryId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.version_id
    if v is not UNSET:
        out["versionId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ElevenLabsPronunciationDictionaryLocator._fast_load = _load_ElevenLabsPronunciationDictionaryLocator
setattr(ElevenLabsPronunciationDictionaryLocator, "to_dict", _to_dict_ElevenLabsPronunciationDictionaryLocator)  # noqa: B010 - replaces Model.to_dict

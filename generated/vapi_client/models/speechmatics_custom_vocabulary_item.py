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

__all__ = ["SpeechmaticsCustomVocabularyItem"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SpeechmaticsCustomVocabularyItem(Model):
    """SpeechmaticsCustomVocabularyItem

    Attributes:
        content: The word or phrase to add to the custom vocabulary.
        sounds_like: Alternative phonetic representations of how the word might sound. This helps recognition when the
            word might be pronounced differently.
    """

    _schema: ClassVar[str] = "SpeechmaticsCustomVocabularyItem"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("soundsLike", "sounds_like"),
    )

    content: str
    sounds_like: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SpeechmaticsCustomVocabularyItem(
    data: dict[str, Any], strict: bool
) -> SpeechmaticsCustomVocabularyItem | dict[str, Any]:
    """SpeechmaticsCustomVocabularyItem from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "content" in data:
        v = data["content"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "soundsLike" in data:
        v = data["soundsLike"]
        p1 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SpeechmaticsCustomVocabularyItem:
            return SpeechmaticsCustomVocabularyItem(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SpeechmaticsCustomVocabularyItem(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_SpeechmaticsCustomVocabularyItem
            }
            return obj
    return {"content": p0, "soundsLike": p1}


_KNOWN_SpeechmaticsCustomVocabularyItem = frozenset(("content", "soundsLike"))


def _to_dict_SpeechmaticsCustomVocabularyItem(self: SpeechmaticsCustomVocabularyItem) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sounds_like
    if v is not UNSET:
        out["soundsLike"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SpeechmaticsCustomVocabularyItem._fast_load = _load_SpeechmaticsCustomVocabularyItem
setattr(SpeechmaticsCustomVocabularyItem, "to_dict", _to_dict_SpeechmaticsCustomVocabularyItem)  # noqa: B010 - replaces Model.to_dict

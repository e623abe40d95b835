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

__all__ = ["KnowledgeBaseResponseDocument"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class KnowledgeBaseResponseDocument(Model):
    """KnowledgeBaseResponseDocument

    Attributes:
        content: This is the content of the document.
        similarity: This is the similarity score of the document.
        uuid: This is the uuid of the document.
    """

    _schema: ClassVar[str] = "KnowledgeBaseResponseDocument"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("similarity", "similarity"),
        ("uuid", "uuid"),
    )

    content: str
    similarity: float
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_KnowledgeBaseResponseDocument(
    data: dict[str, Any], strict: bool
) -> KnowledgeBaseResponseDocument | dict[str, Any]:
    """KnowledgeBaseResponseDocument from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "content" in data:
        v = data["content"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "similarity" in data:
        v = data["similarity"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "uuid" in data:
        v = data["uuid"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_KnowledgeBaseResponseDocument:
            return KnowledgeBaseResponseDocument(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = KnowledgeBaseResponseDocument(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_KnowledgeBaseResponseDocument}
            return obj
    return {"content": p0, "similarity": p1, "uuid": p2}


_KNOWN_KnowledgeBaseResponseDocument = frozenset(("content", "similarity", "uuid"))


def _to_dict_KnowledgeBaseResponseDocument(self: KnowledgeBaseResponseDocument) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.similarity
    if v is not UNSET:
        out["similarity"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.uuid
    if v is not UNSET:
        out["uuid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


KnowledgeBaseResponseDocument._fast_load = _load_KnowledgeBaseResponseDocument
setattr(KnowledgeBaseResponseDocument, "to_dict", _to_dict_KnowledgeBaseResponseDocument)  # noqa: B010 - replaces Model.to_dict

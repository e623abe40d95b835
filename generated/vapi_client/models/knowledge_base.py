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
    from ..models.fallback_google_transcriber_model import (
        FallbackGoogleTranscriberModel,
        _FallbackGoogleTranscriberModelValues,
    )


__all__ = ["KnowledgeBase"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class KnowledgeBase(Model):
    """KnowledgeBase

    Attributes:
        name: The name of the knowledge base
        provider: The provider of the knowledge base
        description: A description of the knowledge base
        file_ids: The file IDs associated with this knowledge base
        model: The model to use for the knowledge base
    """

    _schema: ClassVar[str] = "KnowledgeBase"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("provider", "provider"),
        ("description", "description"),
        ("fileIds", "file_ids"),
        ("model", "model"),
    )

    name: str
    provider: Literal["google"]
    description: str
    file_ids: list[str]
    model: FallbackGoogleTranscriberModel | _FallbackGoogleTranscriberModelValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_KnowledgeBase(data: dict[str, Any], strict: bool) -> KnowledgeBase | dict[str, Any]:
    """KnowledgeBase from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "provider" in data:
        v = data["provider"]
        p1 = v if type(v) is str and v == "google" else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "description" in data:
        v = data["description"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "fileIds" in data:
        v = data["fileIds"]
        p3 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p4 = _MEMBERS["FallbackGoogleTranscriberModel"].get(v, _S) if type(v) is str else _S
        if p4 is _S and type(v) is str and True:
            p4 = _h.open_member("FallbackGoogleTranscriberModel", v)
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_KnowledgeBase:
            return KnowledgeBase(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = KnowledgeBase(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_KnowledgeBase}
            return obj
    return {"name": p0, "provider": p1, "description": p2, "fileIds": p3, "model": p4}


_KNOWN_KnowledgeBase = frozenset(("name", "provider", "description", "fileIds", "model"))


def _to_dict_KnowledgeBase(self: KnowledgeBase) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.file_ids
    if v is not UNSET:
        out["fileIds"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


KnowledgeBase._fast_load = _load_KnowledgeBase
setattr(KnowledgeBase, "to_dict", _to_dict_KnowledgeBase)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["DeveloperMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class DeveloperMessage(Model):
    """DeveloperMessage

    Attributes:
        role: This is the role of the message author
        content: This is the content of the developer message
        name: This is an optional name for the participant
        metadata: This is an optional metadata for the message
    """

    _schema: ClassVar[str] = "DeveloperMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
        ("metadata", "metadata"),
    )

    role: Literal["developer"]
    content: str
    name: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_DeveloperMessage(data: dict[str, Any], strict: bool) -> DeveloperMessage | dict[str, Any]:
    """DeveloperMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "role" in data:
        v = data["role"]
        p0 = v if type(v) is str and v == "developer" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "content" in data:
        v = data["content"]
        p1 = v if type(v) is str and len(v) <= 10000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str and len(v) <= 40 else _S
        if p2 is _S:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p3 = v if type(v) is dict else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_DeveloperMessage:
            return DeveloperMessage(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = DeveloperMessage(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_DeveloperMessage}
            return obj
    return {"role": p0, "content": p1, "name": p2, "metadata": p3}


_KNOWN_DeveloperMessage = frozenset(("role", "content", "name", "metadata"))


def _to_dict_DeveloperMessage(self: DeveloperMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.role
    if v is not UNSET:
        out["role"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


DeveloperMessage._fast_load = _load_DeveloperMessage
setattr(DeveloperMessage, "to_dict", _to_dict_DeveloperMessage)  # noqa: B010 - replaces Model.to_dict

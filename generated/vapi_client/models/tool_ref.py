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
from ..types import UNSET

__all__ = ["ToolRef"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolRef(Model):
    """ToolRef

    Attributes:
        tool_id: This is the unique identifier of the tool whose version is being pinned.
        version: Public version label of the tool, e.g. "v3"
    """

    _schema: ClassVar[str] = "ToolRef"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("toolId", "tool_id"),
        ("version", "version"),
    )

    tool_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ToolRef(data: dict[str, Any], strict: bool) -> ToolRef | dict[str, Any]:
    """ToolRef from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "toolId" in data:
        v = data["toolId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "version" in data:
        v = data["version"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolRef:
            return ToolRef(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolRef(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolRef}
            return obj
    return {"toolId": p0, "version": p1}


_KNOWN_ToolRef = frozenset(("toolId", "version"))


def _to_dict_ToolRef(self: ToolRef) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.tool_id
    if v is not UNSET:
        out["toolId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.version
    if v is not UNSET:
        out["version"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolRef._fast_load = _load_ToolRef
setattr(ToolRef, "to_dict", _to_dict_ToolRef)  # noqa: B010 - replaces Model.to_dict

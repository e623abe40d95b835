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

__all__ = ["GhlToolMetadata"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class GhlToolMetadata(Model):
    """GhlToolMetadata

    Attributes:
        workflow_id:
        location_id:
    """

    _schema: ClassVar[str] = "GhlToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflowId", "workflow_id"),
        ("locationId", "location_id"),
    )

    workflow_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_GhlToolMetadata(data: dict[str, Any], strict: bool) -> GhlToolMetadata | dict[str, Any]:
    """GhlToolMetadata from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "workflowId" in data:
        v = data["workflowId"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "locationId" in data:
        v = data["locationId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_GhlToolMetadata:
            return GhlToolMetadata(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = GhlToolMetadata(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_GhlToolMetadata}
            return obj
    return {"workflowId": p0, "locationId": p1}


_KNOWN_GhlToolMetadata = frozenset(("workflowId", "locationId"))


def _to_dict_GhlToolMetadata(self: GhlToolMetadata) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.workflow_id
    if v is not UNSET:
        out["workflowId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.location_id
    if v is not UNSET:
        out["locationId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


GhlToolMetadata._fast_load = _load_GhlToolMetadata
setattr(GhlToolMetadata, "to_dict", _to_dict_GhlToolMetadata)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.ai_edge_condition import AIEdgeCondition
    from ..models.unknown_variants import UnknownEdgeCondition


__all__ = ["Edge"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Edge(Model):
    """Edge

    Attributes:
        from_:
        to:
        condition:
        metadata: This is for metadata you want to store on the edge.
    """

    _schema: ClassVar[str] = "Edge"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("from", "from_"),
        ("to", "to"),
        ("condition", "condition"),
        ("metadata", "metadata"),
    )

    from_: str
    to: str
    condition: AIEdgeCondition | UnknownEdgeCondition | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_EdgeCondition = _h.alternatives("EdgeCondition")


def _load_Edge(data: dict[str, Any], strict: bool) -> Edge | dict[str, Any]:
    """Edge from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "from" in data:
        v = data["from"]
        p0 = v if type(v) is str and len(v) <= 80 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "to" in data:
        v = data["to"]
        p1 = v if type(v) is str and len(v) <= 80 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "condition" in data:
        v = data["condition"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_EdgeCondition[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "metadata" in data:
        v = data["metadata"]
        p3 = v if type(v) is dict else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Edge:
            return Edge(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Edge(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Edge}
            return obj
    return {"from": p0, "to": p1, "condition": p2, "metadata": p3}


_KNOWN_Edge = frozenset(("from", "to", "condition", "metadata"))


def _to_dict_Edge(self: Edge) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.condition
    if v is not UNSET:
        out["condition"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.from_
    if v is not UNSET:
        out["from"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.to
    if v is not UNSET:
        out["to"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.metadata
    if v is not UNSET:
        out["metadata"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Edge._fast_load = _load_Edge
setattr(Edge, "to_dict", _to_dict_Edge)  # noqa: B010 - replaces Model.to_dict

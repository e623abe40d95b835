# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.structured_data_plan import StructuredDataPlan


__all__ = ["StructuredDataMultiPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class StructuredDataMultiPlan(Model):
    """StructuredDataMultiPlan

    Attributes:
        key: This is the key of the structured data plan in the catalog.
        plan: This is an individual structured data plan in the catalog.
    """

    _schema: ClassVar[str] = "StructuredDataMultiPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("plan", "plan"),
    )

    key: str
    plan: StructuredDataPlan
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_StructuredDataMultiPlan(data: dict[str, Any], strict: bool) -> StructuredDataMultiPlan | dict[str, Any]:
    """StructuredDataMultiPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "key" in data:
        v = data["key"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "plan" in data:
        v = data["plan"]
        p1 = _FAST["StructuredDataPlan"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("StructuredDataPlan", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_StructuredDataMultiPlan:
            return StructuredDataMultiPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = StructuredDataMultiPlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_StructuredDataMultiPlan}
            return obj
    return {"key": p0, "plan": p1}


_KNOWN_StructuredDataMultiPlan = frozenset(("key", "plan"))


def _to_dict_StructuredDataMultiPlan(self: StructuredDataMultiPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.key
    if v is not UNSET:
        out["key"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.plan
    if v is not UNSET:
        out["plan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


StructuredDataMultiPlan._fast_load = _load_StructuredDataMultiPlan
setattr(StructuredDataMultiPlan, "to_dict", _to_dict_StructuredDataMultiPlan)  # noqa: B010 - replaces Model.to_dict

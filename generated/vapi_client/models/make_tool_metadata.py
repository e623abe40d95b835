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

__all__ = ["MakeToolMetadata"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MakeToolMetadata(Model):
    """MakeToolMetadata

    Attributes:
        scenario_id:
        trigger_hook_id:
    """

    _schema: ClassVar[str] = "MakeToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("scenarioId", "scenario_id"),
        ("triggerHookId", "trigger_hook_id"),
    )

    scenario_id: float | Unset = UNSET
    trigger_hook_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MakeToolMetadata(data: dict[str, Any], strict: bool) -> MakeToolMetadata | dict[str, Any]:
    """MakeToolMetadata from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "scenarioId" in data:
        v = data["scenarioId"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "triggerHookId" in data:
        v = data["triggerHookId"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_MakeToolMetadata:
            return MakeToolMetadata(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MakeToolMetadata(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MakeToolMetadata}
            return obj
    return {"scenarioId": p0, "triggerHookId": p1}


_KNOWN_MakeToolMetadata = frozenset(("scenarioId", "triggerHookId"))


def _to_dict_MakeToolMetadata(self: MakeToolMetadata) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.scenario_id
    if v is not UNSET:
        out["scenarioId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.trigger_hook_id
    if v is not UNSET:
        out["triggerHookId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MakeToolMetadata._fast_load = _load_MakeToolMetadata
setattr(MakeToolMetadata, "to_dict", _to_dict_MakeToolMetadata)  # noqa: B010 - replaces Model.to_dict

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
from ..types import UNSET

__all__ = ["AIEdgeCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AIEdgeCondition(Model):
    """AIEdgeCondition

    Attributes:
        type_:
        prompt: This is the prompt for the AI edge condition. It should evaluate to a boolean.
    """

    _schema: ClassVar[str] = "AIEdgeCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("prompt", "prompt"),
    )

    type_: Literal["ai"]
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AIEdgeCondition(data: dict[str, Any], strict: bool) -> AIEdgeCondition | dict[str, Any]:
    """AIEdgeCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "ai" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "prompt" in data:
        v = data["prompt"]
        p1 = v if type(v) is str and len(v) <= 1000 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_AIEdgeCondition:
            return AIEdgeCondition(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AIEdgeCondition(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AIEdgeCondition}
            return obj
    return {"type": p0, "prompt": p1}


_KNOWN_AIEdgeCondition = frozenset(("type", "prompt"))


def _to_dict_AIEdgeCondition(self: AIEdgeCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.prompt
    if v is not UNSET:
        out["prompt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AIEdgeCondition._fast_load = _load_AIEdgeCondition
setattr(AIEdgeCondition, "to_dict", _to_dict_AIEdgeCondition)  # noqa: B010 - replaces Model.to_dict

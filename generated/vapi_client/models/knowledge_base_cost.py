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

__all__ = ["KnowledgeBaseCost"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class KnowledgeBaseCost(Model):
    """KnowledgeBaseCost

    Attributes:
        type_: This is the type of cost, always 'knowledge-base' for this class.
        model: This is the model that was used for processing the knowledge base.
        prompt_tokens: This is the number of prompt tokens used in the knowledge base query.
        completion_tokens: This is the number of completion tokens generated in the knowledge base query.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "KnowledgeBaseCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("model", "model"),
        ("promptTokens", "prompt_tokens"),
        ("completionTokens", "completion_tokens"),
        ("cost", "cost"),
    )

    type_: Literal["knowledge-base"]
    model: dict[str, Any]
    prompt_tokens: float
    completion_tokens: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_KnowledgeBaseCost(data: dict[str, Any], strict: bool) -> KnowledgeBaseCost | dict[str, Any]:
    """KnowledgeBaseCost from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "knowledge-base" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "model" in data:
        v = data["model"]
        p1 = v if type(v) is dict else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "promptTokens" in data:
        v = data["promptTokens"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "completionTokens" in data:
        v = data["completionTokens"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "cost" in data:
        v = data["cost"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_KnowledgeBaseCost:
            return KnowledgeBaseCost(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = KnowledgeBaseCost(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_KnowledgeBaseCost}
            return obj
    return {"type": p0, "model": p1, "promptTokens": p2, "completionTokens": p3, "cost": p4}


_KNOWN_KnowledgeBaseCost = frozenset(("type", "model", "promptTokens", "completionTokens", "cost"))


def _to_dict_KnowledgeBaseCost(self: KnowledgeBaseCost) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.model
    if v is not UNSET:
        out["model"] = _h.fresh(v)
    v = self.prompt_tokens
    if v is not UNSET:
        out["promptTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.completion_tokens
    if v is not UNSET:
        out["completionTokens"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.cost
    if v is not UNSET:
        out["cost"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


KnowledgeBaseCost._fast_load = _load_KnowledgeBaseCost
setattr(KnowledgeBaseCost, "to_dict", _to_dict_KnowledgeBaseCost)  # noqa: B010 - replaces Model.to_dict

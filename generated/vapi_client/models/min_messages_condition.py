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

__all__ = ["MinMessagesCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MinMessagesCondition(Model):
    """MinMessagesCondition

    Attributes:
        type_: This is the type discriminator for the minMessages condition.
        count: This is the minimum number of conversation messages required for the
            structured output to run.

            A count of 0 removes the runtime default minimum, so the structured output
            runs regardless of how few messages the conversation has.
    """

    _schema: ClassVar[str] = "MinMessagesCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("count", "count"),
    )

    type_: Literal["minMessages"]
    count: float
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MinMessagesCondition(data: dict[str, Any], strict: bool) -> MinMessagesCondition | dict[str, Any]:
    """MinMessagesCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "minMessages" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "count" in data:
        v = data["count"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_MinMessagesCondition:
            return MinMessagesCondition(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MinMessagesCondition(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MinMessagesCondition}
            return obj
    return {"type": p0, "count": p1}


_KNOWN_MinMessagesCondition = frozenset(("type", "count"))


def _to_dict_MinMessagesCondition(self: MinMessagesCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.count
    if v is not UNSET:
        out["count"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MinMessagesCondition._fast_load = _load_MinMessagesCondition
setattr(MinMessagesCondition, "to_dict", _to_dict_MinMessagesCondition)  # noqa: B010 - replaces Model.to_dict

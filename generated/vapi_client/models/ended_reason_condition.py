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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.ended_reason_condition_operator import (
        EndedReasonConditionOperator,
        _EndedReasonConditionOperatorValues,
    )


__all__ = ["EndedReasonCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class EndedReasonCondition(Model):
    """EndedReasonCondition

    Attributes:
        type_: This is the type discriminator for the endedReason condition.
        operator: This is the membership operator applied against `values`.

            - 'oneOf': the structured output runs only if the call's ended reason is in `values`.
            - 'notOneOf': the structured output runs only if the call's ended reason is NOT in `values`.
        values: These are the ended reasons compared against the call's ended reason.

            Any string is accepted so configurations never break when new ended
            reasons are introduced. Must contain at least one value.
    """

    _schema: ClassVar[str] = "EndedReasonCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("operator", "operator"),
        ("values", "values"),
    )

    type_: Literal["endedReason"]
    operator: EndedReasonConditionOperator | _EndedReasonConditionOperatorValues
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_EndedReasonCondition(data: dict[str, Any], strict: bool) -> EndedReasonCondition | dict[str, Any]:
    """EndedReasonCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "endedReason" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "operator" in data:
        v = data["operator"]
        p1 = _MEMBERS["EndedReasonConditionOperator"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("EndedReasonConditionOperator", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "values" in data:
        v = data["values"]
        p2 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_EndedReasonCondition:
            return EndedReasonCondition(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = EndedReasonCondition(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_EndedReasonCondition}
            return obj
    return {"type": p0, "operator": p1, "values": p2}


_KNOWN_EndedReasonCondition = frozenset(("type", "operator", "values"))


def _to_dict_EndedReasonCondition(self: EndedReasonCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.operator
    if v is not UNSET:
        out["operator"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.values
    if v is not UNSET:
        out["values"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


EndedReasonCondition._fast_load = _load_EndedReasonCondition
setattr(EndedReasonCondition, "to_dict", _to_dict_EndedReasonCondition)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keypad_input_plan_delimiters import KeypadInputPlanDelimiters, _KeypadInputPlanDelimitersValues


__all__ = ["KeypadInputPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class KeypadInputPlan(Model):
    """KeypadInputPlan

    Attributes:
        enabled: This keeps track of whether the user has enabled keypad input.
            By default, it is off.

            @default false
        timeout_seconds: This is the time in seconds to wait before processing the input.
            If the input is not received within this time, the input will be ignored.
            If set to "off", the input will be processed when the user enters a delimiter or immediately if no
            delimiter is used.

            @default 2
        delimiters: This is the delimiter(s) that will be used to process the input.
            Can be '#', '*', or an empty array.
    """

    _schema: ClassVar[str] = "KeypadInputPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("timeoutSeconds", "timeout_seconds"),
        ("delimiters", "delimiters"),
    )

    enabled: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    delimiters: KeypadInputPlanDelimiters | _KeypadInputPlanDelimitersValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_KeypadInputPlan(data: dict[str, Any], strict: bool) -> KeypadInputPlan | dict[str, Any]:
    """KeypadInputPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "enabled" in data:
        v = data["enabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 10 else _S
        if p1 is _S:
            slow = True
    if "delimiters" in data:
        v = data["delimiters"]
        p2 = _MEMBERS["KeypadInputPlanDelimiters"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and not strict:
            p2 = _h.open_member("KeypadInputPlanDelimiters", v)
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_KeypadInputPlan:
            return KeypadInputPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = KeypadInputPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_KeypadInputPlan}
            return obj
    return {"enabled": p0, "timeoutSeconds": p1, "delimiters": p2}


_KNOWN_KeypadInputPlan = frozenset(("enabled", "timeoutSeconds", "delimiters"))


def _to_dict_KeypadInputPlan(self: KeypadInputPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.delimiters
    if v is not UNSET:
        out["delimiters"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


KeypadInputPlan._fast_load = _load_KeypadInputPlan
setattr(KeypadInputPlan, "to_dict", _to_dict_KeypadInputPlan)  # noqa: B010 - replaces Model.to_dict

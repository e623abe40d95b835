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

__all__ = ["LiquidCondition"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class LiquidCondition(Model):
    """LiquidCondition

    Attributes:
        type_: This is the type discriminator for liquid condition
        liquid: This is the Liquid template that must return exactly "true" or "false" as a string.
            The template is evaluated and the entire output must be either "true" or "false" - nothing else.

            Available variables:
            - `messages`: Array of recent messages in OpenAI chat completions format
            (ChatCompletionMessageParam[])
              Each message has properties like: role ('user', 'assistant', 'system'), content (string), etc.
            - `now`: Current timestamp in milliseconds (built-in Liquid variable)
            - Any assistant variable values (e.g., `userName`, `accountStatus`)

            Useful Liquid filters for messages:
            - `messages | last: 5` - Get the 5 most recent messages
            - `messages | where: 'role', 'user'` - Filter to only user messages
            - `messages | reverse` - Reverse the order of messages
    """

    _schema: ClassVar[str] = "LiquidCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("liquid", "liquid"),
    )

    type_: Literal["liquid"]
    liquid: str
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_LiquidCondition(data: dict[str, Any], strict: bool) -> LiquidCondition | dict[str, Any]:
    """LiquidCondition from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "liquid" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "liquid" in data:
        v = data["liquid"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_LiquidCondition:
            return LiquidCondition(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = LiquidCondition(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_LiquidCondition}
            return obj
    return {"type": p0, "liquid": p1}


_KNOWN_LiquidCondition = frozenset(("type", "liquid"))


def _to_dict_LiquidCondition(self: LiquidCondition) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.liquid
    if v is not UNSET:
        out["liquid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


LiquidCondition._fast_load = _load_LiquidCondition
setattr(LiquidCondition, "to_dict", _to_dict_LiquidCondition)  # noqa: B010 - replaces Model.to_dict

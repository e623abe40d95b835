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
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
        _CustomEndpointingModelSmartEndpointingPlanProviderValues,
    )


__all__ = ["LivekitSmartEndpointingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class LivekitSmartEndpointingPlan(Model):
    """LivekitSmartEndpointingPlan

    Attributes:
        provider: This is the provider for the smart endpointing plan.
        wait_function: This expression describes how long the bot will wait to start speaking based on the likelihood that
            the user has reached an endpoint.

            This is a millisecond valued function. It maps probabilities (real numbers on [0,1]) to milliseconds
            that the bot should wait before speaking ([0, \\infty]). Any negative values that are returned are
            set to zero (the bot can't start talking in the past).

            A probability of zero represents very high confidence that the caller has stopped speaking, and
            would like the bot to speak to them. A probability of one represents very high confidence that the
            caller is still speaking.

            Under the hood, this is parsed into a mathjs expression. Whatever you use to write your expression
            needs to be valid with respect to mathjs

            @default "20 + 500 * sqrt(x) + 2500 * x^3"
    """

    _schema: ClassVar[str] = "LivekitSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("waitFunction", "wait_function"),
    )

    provider: (
        CustomEndpointingModelSmartEndpointingPlanProvider | _CustomEndpointingModelSmartEndpointingPlanProviderValues
    )
    wait_function: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_LivekitSmartEndpointingPlan(
    data: dict[str, Any], strict: bool
) -> LivekitSmartEndpointingPlan | dict[str, Any]:
    """LivekitSmartEndpointingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = _MEMBERS["CustomEndpointingModelSmartEndpointingPlanProvider"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("CustomEndpointingModelSmartEndpointingPlanProvider", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "waitFunction" in data:
        v = data["waitFunction"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_LivekitSmartEndpointingPlan:
            return LivekitSmartEndpointingPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = LivekitSmartEndpointingPlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_LivekitSmartEndpointingPlan}
            return obj
    return {"provider": p0, "waitFunction": p1}


_KNOWN_LivekitSmartEndpointingPlan = frozenset(("provider", "waitFunction"))


def _to_dict_LivekitSmartEndpointingPlan(self: LivekitSmartEndpointingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.wait_function
    if v is not UNSET:
        out["waitFunction"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


LivekitSmartEndpointingPlan._fast_load = _load_LivekitSmartEndpointingPlan
setattr(LivekitSmartEndpointingPlan, "to_dict", _to_dict_LivekitSmartEndpointingPlan)  # noqa: B010 - replaces Model.to_dict

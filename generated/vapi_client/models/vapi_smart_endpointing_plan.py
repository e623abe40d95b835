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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
        _CustomEndpointingModelSmartEndpointingPlanProviderValues,
    )


__all__ = ["VapiSmartEndpointingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiSmartEndpointingPlan(Model):
    """VapiSmartEndpointingPlan

    Attributes:
        provider: This is the provider for the smart endpointing plan.
    """

    _schema: ClassVar[str] = "VapiSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("provider", "provider"),)

    provider: (
        CustomEndpointingModelSmartEndpointingPlanProvider | _CustomEndpointingModelSmartEndpointingPlanProviderValues
    )
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiSmartEndpointingPlan(data: dict[str, Any], strict: bool) -> VapiSmartEndpointingPlan | dict[str, Any]:
    """VapiSmartEndpointingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
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
    if not slow:
        if data.keys() <= _KNOWN_VapiSmartEndpointingPlan:
            return VapiSmartEndpointingPlan(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiSmartEndpointingPlan(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiSmartEndpointingPlan}
            return obj
    return {"provider": p0}


_KNOWN_VapiSmartEndpointingPlan = frozenset(("provider",))


def _to_dict_VapiSmartEndpointingPlan(self: VapiSmartEndpointingPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiSmartEndpointingPlan._fast_load = _load_VapiSmartEndpointingPlan
setattr(VapiSmartEndpointingPlan, "to_dict", _to_dict_VapiSmartEndpointingPlan)  # noqa: B010 - replaces Model.to_dict

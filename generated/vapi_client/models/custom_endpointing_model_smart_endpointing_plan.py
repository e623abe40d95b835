# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
        _CustomEndpointingModelSmartEndpointingPlanProviderValues,
    )
    from ..models.server import Server


__all__ = ["CustomEndpointingModelSmartEndpointingPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CustomEndpointingModelSmartEndpointingPlan(Model):
    """CustomEndpointingModelSmartEndpointingPlan

    Attributes:
        provider: This is the provider for the smart endpointing plan. Use `custom-endpointing-model` for custom
            endpointing providers that are not natively supported.
        server: This is where the endpointing request will be sent. If not provided, will be sent to
            `assistant.server`. If that does not exist either, will be sent to `org.server`.

            Request Example:

            POST https://{server.url}
            Content-Type: application/json

            {
              "message": {
                "type": "call.endpointing.request",
                "messages": [
                  {
                    "role": "user",
                    "message": "Hello, how are you?",
                    "time": 1234567890,
                    "secondsFromStart": 0
                  }
                ],
                ...other metadata about the call...
              }
            }

            Response Expected:
            {
              "timeoutSeconds": 0.5
            }

            The timeout is the number of seconds to wait before considering the user's speech as finished. The
            endpointing timeout is automatically reset each time a new transcript is received (and another
            `call.endpointing.request` is sent).
    """

    _schema: ClassVar[str] = "CustomEndpointingModelSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: (
        CustomEndpointingModelSmartEndpointingPlanProvider | _CustomEndpointingModelSmartEndpointingPlanProviderValues
    )
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CustomEndpointingModelSmartEndpointingPlan(
    data: dict[str, Any], strict: bool
) -> CustomEndpointingModelSmartEndpointingPlan | dict[str, Any]:
    """CustomEndpointingModelSmartEndpointingPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "server" in data:
        v = data["server"]
        p1 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("Server", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CustomEndpointingModelSmartEndpointingPlan:
            return CustomEndpointingModelSmartEndpointingPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CustomEndpointingModelSmartEndpointingPlan(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CustomEndpointingModelSmartEndpointingPlan
            }
            return obj
    return {"provider": p0, "server": p1}


_KNOWN_CustomEndpointingModelSmartEndpointingPlan = frozenset(("provider", "server"))


def _to_dict_CustomEndpointingModelSmartEndpointingPlan(
    self: CustomEndpointingModelSmartEndpointingPlan,
) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CustomEndpointingModelSmartEndpointingPlan._fast_load = _load_CustomEndpointingModelSmartEndpointingPlan
setattr(CustomEndpointingModelSmartEndpointingPlan, "to_dict", _to_dict_CustomEndpointingModelSmartEndpointingPlan)  # noqa: B010 - replaces Model.to_dict

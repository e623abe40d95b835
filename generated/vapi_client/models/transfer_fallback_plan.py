# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferFallbackPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferFallbackPlan(Model):
    """TransferFallbackPlan

    Attributes:
        message: This is the message the assistant will deliver to the customer if the transfer fails.
        end_call_enabled: This controls what happens after delivering the failure message to the customer.
            - true: End the call after delivering the failure message (default)
            - false: Keep the assistant on the call to continue handling the customer's request

            @default true
    """

    _schema: ClassVar[str] = "TransferFallbackPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("endCallEnabled", "end_call_enabled"),
    )

    message: CustomMessage | str | UnknownMessage
    end_call_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TransferFallbackPlan_one_of_1 = _h.OneOf(("union", "Message"), ("string", {}))


def _load_TransferFallbackPlan(data: dict[str, Any], strict: bool) -> TransferFallbackPlan | dict[str, Any]:
    """TransferFallbackPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "message" in data:
        v = data["message"]
        p0 = _TransferFallbackPlan_one_of_1(v, strict)
        if p0 is _S or type(p0) is _R:
            slow = True
    else:
        p0 = _S
        slow = True
    if "endCallEnabled" in data:
        v = data["endCallEnabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferFallbackPlan:
            return TransferFallbackPlan(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferFallbackPlan(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferFallbackPlan}
            return obj
    return {"message": p0, "endCallEnabled": p1}


_KNOWN_TransferFallbackPlan = frozenset(("message", "endCallEnabled"))


def _to_dict_TransferFallbackPlan(self: TransferFallbackPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.end_call_enabled
    if v is not UNSET:
        out["endCallEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferFallbackPlan._fast_load = _load_TransferFallbackPlan
setattr(TransferFallbackPlan, "to_dict", _to_dict_TransferFallbackPlan)  # noqa: B010 - replaces Model.to_dict

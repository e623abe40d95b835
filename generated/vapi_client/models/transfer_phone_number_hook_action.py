# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination


__all__ = ["TransferPhoneNumberHookAction"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferPhoneNumberHookAction(Model):
    """TransferPhoneNumberHookAction

    Attributes:
        type_: This is the type of action - must be "transfer"
        destination: This is the destination details for the transfer - can be a phone number or SIP URI
    """

    _schema: ClassVar[str] = "TransferPhoneNumberHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("destination", "destination"),
    )

    type_: Literal["transfer"]
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Destination = _h.alternatives("Destination")


def _load_TransferPhoneNumberHookAction(
    data: dict[str, Any], strict: bool
) -> TransferPhoneNumberHookAction | dict[str, Any]:
    """TransferPhoneNumberHookAction from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "transfer" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "destination" in data:
        v = data["destination"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_Destination[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferPhoneNumberHookAction:
            return TransferPhoneNumberHookAction(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferPhoneNumberHookAction(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferPhoneNumberHookAction}
            return obj
    return {"type": p0, "destination": p1}


_KNOWN_TransferPhoneNumberHookAction = frozenset(("type", "destination"))


def _to_dict_TransferPhoneNumberHookAction(self: TransferPhoneNumberHookAction) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.destination
    if v is not UNSET:
        out["destination"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferPhoneNumberHookAction._fast_load = _load_TransferPhoneNumberHookAction
setattr(TransferPhoneNumberHookAction, "to_dict", _to_dict_TransferPhoneNumberHookAction)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_call_ending_hook_filter import PhoneNumberCallEndingHookFilter
    from ..models.say_phone_number_hook_action import SayPhoneNumberHookAction
    from ..models.transfer_phone_number_hook_action import TransferPhoneNumberHookAction
    from ..models.unknown_variants import UnknownPhoneNumberHookCallEndingDo


__all__ = ["PhoneNumberHookCallEnding"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PhoneNumberHookCallEnding(Model):
    """PhoneNumberHookCallEnding

    Attributes:
        on: This is the event to trigger the hook on
        filters: Optional filters to decide when to trigger - restricted to assistant-request related ended reasons
        do: This is the action to perform when the hook triggers
    """

    _schema: ClassVar[str] = "PhoneNumberHookCallEnding"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("filters", "filters"),
        ("do", "do"),
    )

    on: Literal["call.ending"]
    filters: list[PhoneNumberCallEndingHookFilter] | Unset = UNSET
    do: TransferPhoneNumberHookAction | SayPhoneNumberHookAction | UnknownPhoneNumberHookCallEndingDo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_PhoneNumberHookCallEnding_items_6 = _h.Items(("model", "PhoneNumberCallEndingHookFilter"))
_alternatives_PhoneNumberHookCallEndingDo = _h.alternatives("PhoneNumberHookCallEndingDo")


def _load_PhoneNumberHookCallEnding(data: dict[str, Any], strict: bool) -> PhoneNumberHookCallEnding | dict[str, Any]:
    """PhoneNumberHookCallEnding from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "on" in data:
        v = data["on"]
        p0 = v if type(v) is str and v == "call.ending" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "filters" in data:
        v = data["filters"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["PhoneNumberCallEndingHookFilter"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("PhoneNumberCallEndingHookFilter", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_PhoneNumberHookCallEnding_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "do" in data:
        v = data["do"]
        tag7 = v.get("type") if type(v) is dict else None
        alternative8 = _alternatives_PhoneNumberHookCallEndingDo[tag7] if type(tag7) is str else None
        if alternative8 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative8[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative8[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_PhoneNumberHookCallEnding:
            return PhoneNumberHookCallEnding(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = PhoneNumberHookCallEnding(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_PhoneNumberHookCallEnding}
            return obj
    return {"on": p0, "filters": p1, "do": p2}


_KNOWN_PhoneNumberHookCallEnding = frozenset(("on", "filters", "do"))


def _to_dict_PhoneNumberHookCallEnding(self: PhoneNumberHookCallEnding) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.on
    if v is not UNSET:
        out["on"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.filters
    if v is not UNSET:
        out["filters"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.do
    if v is not UNSET:
        out["do"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


PhoneNumberHookCallEnding._fast_load = _load_PhoneNumberHookCallEnding
setattr(PhoneNumberHookCallEnding, "to_dict", _to_dict_PhoneNumberHookCallEnding)  # noqa: B010 - replaces Model.to_dict

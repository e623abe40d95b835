# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.sip_trunk_outbound_sip_register_plan import SipTrunkOutboundSipRegisterPlan


__all__ = ["SipTrunkOutboundAuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SipTrunkOutboundAuthenticationPlan(Model):
    """SipTrunkOutboundAuthenticationPlan

    Attributes:
        auth_password: This is not returned in the API.
        auth_username:
        sip_register_plan: This can be used to configure if SIP register is required by the SIP trunk. If not provided, no SIP
            registration will be attempted.
    """

    _schema: ClassVar[str] = "SipTrunkOutboundAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("authPassword", "auth_password"),
        ("authUsername", "auth_username"),
        ("sipRegisterPlan", "sip_register_plan"),
    )

    auth_password: str | Unset = UNSET
    auth_username: str | Unset = UNSET
    sip_register_plan: SipTrunkOutboundSipRegisterPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SipTrunkOutboundAuthenticationPlan(
    data: dict[str, Any], strict: bool
) -> SipTrunkOutboundAuthenticationPlan | dict[str, Any]:
    """SipTrunkOutboundAuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "authPassword" in data:
        v = data["authPassword"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "authUsername" in data:
        v = data["authUsername"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "sipRegisterPlan" in data:
        v = data["sipRegisterPlan"]
        p2 = _FAST["SipTrunkOutboundSipRegisterPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("SipTrunkOutboundSipRegisterPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SipTrunkOutboundAuthenticationPlan:
            return SipTrunkOutboundAuthenticationPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SipTrunkOutboundAuthenticationPlan(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_SipTrunkOutboundAuthenticationPlan
            }
            return obj
    return {"authPassword": p0, "authUsername": p1, "sipRegisterPlan": p2}


_KNOWN_SipTrunkOutboundAuthenticationPlan = frozenset(("authPassword", "authUsername", "sipRegisterPlan"))


def _to_dict_SipTrunkOutboundAuthenticationPlan(self: SipTrunkOutboundAuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.auth_password
    if v is not UNSET:
        out["authPassword"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.auth_username
    if v is not UNSET:
        out["authUsername"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sip_register_plan
    if v is not UNSET:
        out["sipRegisterPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SipTrunkOutboundAuthenticationPlan._fast_load = _load_SipTrunkOutboundAuthenticationPlan
setattr(SipTrunkOutboundAuthenticationPlan, "to_dict", _to_dict_SipTrunkOutboundAuthenticationPlan)  # noqa: B010 - replaces Model.to_dict

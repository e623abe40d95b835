# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["SipTrunkOutboundSipRegisterPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SipTrunkOutboundSipRegisterPlan(Model):
    """SipTrunkOutboundSipRegisterPlan

    Attributes:
        domain:
        username:
        realm:
    """

    _schema: ClassVar[str] = "SipTrunkOutboundSipRegisterPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("domain", "domain"),
        ("username", "username"),
        ("realm", "realm"),
    )

    domain: str | Unset = UNSET
    username: str | Unset = UNSET
    realm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SipTrunkOutboundSipRegisterPlan(
    data: dict[str, Any], strict: bool
) -> SipTrunkOutboundSipRegisterPlan | dict[str, Any]:
    """SipTrunkOutboundSipRegisterPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "domain" in data:
        v = data["domain"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "username" in data:
        v = data["username"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "realm" in data:
        v = data["realm"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SipTrunkOutboundSipRegisterPlan:
            return SipTrunkOutboundSipRegisterPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SipTrunkOutboundSipRegisterPlan(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_SipTrunkOutboundSipRegisterPlan
            }
            return obj
    return {"domain": p0, "username": p1, "realm": p2}


_KNOWN_SipTrunkOutboundSipRegisterPlan = frozenset(("domain", "username", "realm"))


def _to_dict_SipTrunkOutboundSipRegisterPlan(self: SipTrunkOutboundSipRegisterPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.domain
    if v is not UNSET:
        out["domain"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.username
    if v is not UNSET:
        out["username"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.realm
    if v is not UNSET:
        out["realm"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SipTrunkOutboundSipRegisterPlan._fast_load = _load_SipTrunkOutboundSipRegisterPlan
setattr(SipTrunkOutboundSipRegisterPlan, "to_dict", _to_dict_SipTrunkOutboundSipRegisterPlan)  # noqa: B010 - replaces Model.to_dict

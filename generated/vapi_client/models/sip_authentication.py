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

__all__ = ["SipAuthentication"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SipAuthentication(Model):
    """SipAuthentication

    Attributes:
        username: This will be expected in the `username` field of the `authorization` header of the SIP INVITE.
        password: This will be expected to generate the `response` field of the `authorization` header of the SIP
            INVITE, through digest authentication.
        realm: This will be expected in the `realm` field of the `authorization` header of the SIP INVITE. Defaults
            to the SIP realm of the Vapi region serving the request (e.g. `sip.vapi.ai` for US, `sip.eu.vapi.ai`
            for EU).
    """

    _schema: ClassVar[str] = "SipAuthentication"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("username", "username"),
        ("password", "password"),
        ("realm", "realm"),
    )

    username: str
    password: str
    realm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SipAuthentication(data: dict[str, Any], strict: bool) -> SipAuthentication | dict[str, Any]:
    """SipAuthentication from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "username" in data:
        v = data["username"]
        p0 = v if type(v) is str and len(v) <= 40 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "password" in data:
        v = data["password"]
        p1 = v if type(v) is str and len(v) <= 40 else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "realm" in data:
        v = data["realm"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SipAuthentication:
            return SipAuthentication(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SipAuthentication(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SipAuthentication}
            return obj
    return {"username": p0, "password": p1, "realm": p2}


_KNOWN_SipAuthentication = frozenset(("username", "password", "realm"))


def _to_dict_SipAuthentication(self: SipAuthentication) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.realm
    if v is not UNSET:
        out["realm"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.username
    if v is not UNSET:
        out["username"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.password
    if v is not UNSET:
        out["password"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SipAuthentication._fast_load = _load_SipAuthentication
setattr(SipAuthentication, "to_dict", _to_dict_SipAuthentication)  # noqa: B010 - replaces Model.to_dict

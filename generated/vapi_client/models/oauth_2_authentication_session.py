# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["Oauth2AuthenticationSession"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Oauth2AuthenticationSession(Model):
    """Oauth2AuthenticationSession

    Attributes:
        access_token: This is the OAuth2 access token.
        expires_at: This is the OAuth2 access token expiration.
        refresh_token: This is the OAuth2 refresh token.
    """

    _schema: ClassVar[str] = "Oauth2AuthenticationSession"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("accessToken", "access_token"),
        ("expiresAt", "expires_at"),
        ("refreshToken", "refresh_token"),
    )

    access_token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Oauth2AuthenticationSession(
    data: dict[str, Any], strict: bool
) -> Oauth2AuthenticationSession | dict[str, Any]:
    """Oauth2AuthenticationSession from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "accessToken" in data:
        v = data["accessToken"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "expiresAt" in data:
        v = data["expiresAt"]
        p1 = _h.datetime_or_slow(v)
        if p1 is _S:
            slow = True
    if "refreshToken" in data:
        v = data["refreshToken"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Oauth2AuthenticationSession:
            return Oauth2AuthenticationSession(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Oauth2AuthenticationSession(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Oauth2AuthenticationSession}
            return obj
    return {"accessToken": p0, "expiresAt": p1, "refreshToken": p2}


_KNOWN_Oauth2AuthenticationSession = frozenset(("accessToken", "expiresAt", "refreshToken"))


def _to_dict_Oauth2AuthenticationSession(self: Oauth2AuthenticationSession) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.access_token
    if v is not UNSET:
        out["accessToken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.expires_at
    if v is not UNSET:
        out["expiresAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.refresh_token
    if v is not UNSET:
        out["refreshToken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Oauth2AuthenticationSession._fast_load = _load_Oauth2AuthenticationSession
setattr(Oauth2AuthenticationSession, "to_dict", _to_dict_Oauth2AuthenticationSession)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["OAuth2AuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class OAuth2AuthenticationPlan(Model):
    """OAuth2AuthenticationPlan

    Attributes:
        type_:
        url: This is the OAuth2 URL.
        client_id: This is the OAuth2 client ID.
        client_secret: This is the OAuth2 client secret.
        scope: This is the scope of the OAuth2 token.
    """

    _schema: ClassVar[str] = "OAuth2AuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("url", "url"),
        ("clientId", "client_id"),
        ("clientSecret", "client_secret"),
        ("scope", "scope"),
    )

    type_: Literal["oauth2"]
    url: str
    client_id: str
    client_secret: str
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_OAuth2AuthenticationPlan(data: dict[str, Any], strict: bool) -> OAuth2AuthenticationPlan | dict[str, Any]:
    """OAuth2AuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "oauth2" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "url" in data:
        v = data["url"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "clientId" in data:
        v = data["clientId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "clientSecret" in data:
        v = data["clientSecret"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "scope" in data:
        v = data["scope"]
        p4 = v if type(v) is str and len(v) <= 1000 else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_OAuth2AuthenticationPlan:
            return OAuth2AuthenticationPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = OAuth2AuthenticationPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_OAuth2AuthenticationPlan}
            return obj
    return {"type": p0, "url": p1, "clientId": p2, "clientSecret": p3, "scope": p4}


_KNOWN_OAuth2AuthenticationPlan = frozenset(("type", "url", "clientId", "clientSecret", "scope"))


def _to_dict_OAuth2AuthenticationPlan(self: OAuth2AuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.client_id
    if v is not UNSET:
        out["clientId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.client_secret
    if v is not UNSET:
        out["clientSecret"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.scope
    if v is not UNSET:
        out["scope"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


OAuth2AuthenticationPlan._fast_load = _load_OAuth2AuthenticationPlan
setattr(OAuth2AuthenticationPlan, "to_dict", _to_dict_OAuth2AuthenticationPlan)  # noqa: B010 - replaces Model.to_dict

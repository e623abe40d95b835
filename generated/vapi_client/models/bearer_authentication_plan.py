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

__all__ = ["BearerAuthenticationPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class BearerAuthenticationPlan(Model):
    """BearerAuthenticationPlan

    Attributes:
        type_:
        token: This is the bearer token value.
        header_name: This is the header name where the bearer token will be sent. Defaults to 'Authorization'.
        bearer_prefix_enabled: Whether to include the 'Bearer ' prefix in the header value. Defaults to true.
    """

    _schema: ClassVar[str] = "BearerAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("token", "token"),
        ("headerName", "header_name"),
        ("bearerPrefixEnabled", "bearer_prefix_enabled"),
    )

    type_: Literal["bearer"]
    token: str
    header_name: str | Unset = UNSET
    bearer_prefix_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_BearerAuthenticationPlan(data: dict[str, Any], strict: bool) -> BearerAuthenticationPlan | dict[str, Any]:
    """BearerAuthenticationPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "bearer" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "token" in data:
        v = data["token"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "headerName" in data:
        v = data["headerName"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "bearerPrefixEnabled" in data:
        v = data["bearerPrefixEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BearerAuthenticationPlan:
            return BearerAuthenticationPlan(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BearerAuthenticationPlan(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BearerAuthenticationPlan}
            return obj
    return {"type": p0, "token": p1, "headerName": p2, "bearerPrefixEnabled": p3}


_KNOWN_BearerAuthenticationPlan = frozenset(("type", "token", "headerName", "bearerPrefixEnabled"))


def _to_dict_BearerAuthenticationPlan(self: BearerAuthenticationPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.token
    if v is not UNSET:
        out["token"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.header_name
    if v is not UNSET:
        out["headerName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.bearer_prefix_enabled
    if v is not UNSET:
        out["bearerPrefixEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BearerAuthenticationPlan._fast_load = _load_BearerAuthenticationPlan
setattr(BearerAuthenticationPlan, "to_dict", _to_dict_BearerAuthenticationPlan)  # noqa: B010 - replaces Model.to_dict

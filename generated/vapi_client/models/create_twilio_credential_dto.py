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

__all__ = ["CreateTwilioCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateTwilioCredentialDTO(Model):
    """CreateTwilioCredentialDTO

    Attributes:
        provider:
        account_sid:
        auth_token: This is not returned in the API.
        api_key: This is not returned in the API.
        api_secret: This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateTwilioCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("accountSid", "account_sid"),
        ("authToken", "auth_token"),
        ("apiKey", "api_key"),
        ("apiSecret", "api_secret"),
        ("name", "name"),
    )

    provider: Literal["twilio"]
    account_sid: str
    auth_token: str | Unset = UNSET
    api_key: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateTwilioCredentialDTO(data: dict[str, Any], strict: bool) -> CreateTwilioCredentialDTO | dict[str, Any]:
    """CreateTwilioCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "twilio" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "accountSid" in data:
        v = data["accountSid"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "authToken" in data:
        v = data["authToken"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "apiKey" in data:
        v = data["apiKey"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "apiSecret" in data:
        v = data["apiSecret"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p5 = v if type(v) is str and len(v) <= 40 else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateTwilioCredentialDTO:
            return CreateTwilioCredentialDTO(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateTwilioCredentialDTO(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateTwilioCredentialDTO}
            return obj
    return {"provider": p0, "accountSid": p1, "authToken": p2, "apiKey": p3, "apiSecret": p4, "name": p5}


_KNOWN_CreateTwilioCredentialDTO = frozenset(("provider", "accountSid", "authToken", "apiKey", "apiSecret", "name"))


def _to_dict_CreateTwilioCredentialDTO(self: CreateTwilioCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.auth_token
    if v is not UNSET:
        out["authToken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_key
    if v is not UNSET:
        out["apiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_secret
    if v is not UNSET:
        out["apiSecret"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.account_sid
    if v is not UNSET:
        out["accountSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateTwilioCredentialDTO._fast_load = _load_CreateTwilioCredentialDTO
setattr(CreateTwilioCredentialDTO, "to_dict", _to_dict_CreateTwilioCredentialDTO)  # noqa: B010 - replaces Model.to_dict

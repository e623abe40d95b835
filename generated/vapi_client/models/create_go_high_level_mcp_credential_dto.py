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
    from ..models.oauth_2_authentication_session import Oauth2AuthenticationSession


__all__ = ["CreateGoHighLevelMCPCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateGoHighLevelMCPCredentialDTO(Model):
    """CreateGoHighLevelMCPCredentialDTO

    Attributes:
        provider:
        authentication_session: This is the authentication session for the credential.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateGoHighLevelMCPCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("authenticationSession", "authentication_session"),
        ("name", "name"),
    )

    provider: Literal["ghl.oauth2-authorization"]
    authentication_session: Oauth2AuthenticationSession
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateGoHighLevelMCPCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateGoHighLevelMCPCredentialDTO | dict[str, Any]:
    """CreateGoHighLevelMCPCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "ghl.oauth2-authorization" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "authenticationSession" in data:
        v = data["authenticationSession"]
        p1 = _FAST["Oauth2AuthenticationSession"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("Oauth2AuthenticationSession", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p2 = v if type(v) is str and len(v) <= 40 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateGoHighLevelMCPCredentialDTO:
            return CreateGoHighLevelMCPCredentialDTO(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateGoHighLevelMCPCredentialDTO(p0, p1, p2)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CreateGoHighLevelMCPCredentialDTO
            }
            return obj
    return {"provider": p0, "authenticationSession": p1, "name": p2}


_KNOWN_CreateGoHighLevelMCPCredentialDTO = frozenset(("provider", "authenticationSession", "name"))


def _to_dict_CreateGoHighLevelMCPCredentialDTO(self: CreateGoHighLevelMCPCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.authentication_session
    if v is not UNSET:
        out["authenticationSession"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateGoHighLevelMCPCredentialDTO._fast_load = _load_CreateGoHighLevelMCPCredentialDTO
setattr(CreateGoHighLevelMCPCredentialDTO, "to_dict", _to_dict_CreateGoHighLevelMCPCredentialDTO)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.bearer_authentication_plan import BearerAuthenticationPlan
    from ..models.hmac_authentication_plan import HMACAuthenticationPlan
    from ..models.o_auth_2_authentication_plan import OAuth2AuthenticationPlan
    from ..models.public_key_encryption_plan import PublicKeyEncryptionPlan
    from ..models.unknown_variants import UnknownAuthenticationPlan, UnknownEncryptionPlan


__all__ = ["CreateCustomCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateCustomCredentialDTO(Model):
    """CreateCustomCredentialDTO

    Attributes:
        provider:
        authentication_plan: This is the authentication plan. Supports OAuth2 RFC 6749, HMAC signing, and Bearer authentication.
        encryption_plan: This is the encryption plan for encrypting sensitive data. Currently supports public-key encryption.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCustomCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("authenticationPlan", "authentication_plan"),
        ("encryptionPlan", "encryption_plan"),
        ("name", "name"),
    )

    provider: Literal["custom-credential"]
    authentication_plan: (
        OAuth2AuthenticationPlan | HMACAuthenticationPlan | BearerAuthenticationPlan | UnknownAuthenticationPlan
    )
    encryption_plan: PublicKeyEncryptionPlan | UnknownEncryptionPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_AuthenticationPlan = _h.alternatives("AuthenticationPlan")
_alternatives_EncryptionPlan = _h.alternatives("EncryptionPlan")


def _load_CreateCustomCredentialDTO(data: dict[str, Any], strict: bool) -> CreateCustomCredentialDTO | dict[str, Any]:
    """CreateCustomCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "custom-credential" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "authenticationPlan" in data:
        v = data["authenticationPlan"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = _alternatives_AuthenticationPlan[tag1] if type(tag1) is str else None
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p1 = _S
        else:
            p1 = alternative2[1](v, strict)
            if type(p1) is dict:
                p1 = _R(alternative2[0], p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "encryptionPlan" in data:
        v = data["encryptionPlan"]
        tag3 = v.get("type") if type(v) is dict else None
        alternative4 = _alternatives_EncryptionPlan[tag3] if type(tag3) is str else None
        if alternative4 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative4[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative4[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateCustomCredentialDTO:
            return CreateCustomCredentialDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateCustomCredentialDTO(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateCustomCredentialDTO}
            return obj
    return {"provider": p0, "authenticationPlan": p1, "encryptionPlan": p2, "name": p3}


_KNOWN_CreateCustomCredentialDTO = frozenset(("provider", "authenticationPlan", "encryptionPlan", "name"))


def _to_dict_CreateCustomCredentialDTO(self: CreateCustomCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.authentication_plan
    if v is not UNSET:
        out["authenticationPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.encryption_plan
    if v is not UNSET:
        out["encryptionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateCustomCredentialDTO._fast_load = _load_CreateCustomCredentialDTO
setattr(CreateCustomCredentialDTO, "to_dict", _to_dict_CreateCustomCredentialDTO)  # noqa: B010 - replaces Model.to_dict

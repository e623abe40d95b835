# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_sts_authentication_plan import AWSStsAuthenticationPlan
    from ..models.awsiam_credentials_authentication_plan import AWSIAMCredentialsAuthenticationPlan
    from ..models.create_anthropic_bedrock_credential_dto_region import (
        CreateAnthropicBedrockCredentialDTORegion,
        _CreateAnthropicBedrockCredentialDTORegionValues,
    )
    from ..models.unknown_variants import UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan


__all__ = ["CreateAnthropicBedrockCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateAnthropicBedrockCredentialDTO(Model):
    """CreateAnthropicBedrockCredentialDTO

    Attributes:
        provider:
        region: AWS region where Bedrock is configured.
        authentication_plan: Authentication method - either direct IAM credentials or cross-account role assumption.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAnthropicBedrockCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("region", "region"),
        ("authenticationPlan", "authentication_plan"),
        ("name", "name"),
    )

    provider: Literal["anthropic-bedrock"]
    region: CreateAnthropicBedrockCredentialDTORegion | _CreateAnthropicBedrockCredentialDTORegionValues
    authentication_plan: (
        AWSIAMCredentialsAuthenticationPlan
        | AWSStsAuthenticationPlan
        | UnknownCreateAnthropicBedrockCredentialDTOAuthenticationPlan
    )
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_CreateAnthropicBedrockCredentialDTOAuthenticationPlan = _h.alternatives(
    "CreateAnthropicBedrockCredentialDTOAuthenticationPlan"
)


def _load_CreateAnthropicBedrockCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateAnthropicBedrockCredentialDTO | dict[str, Any]:
    """CreateAnthropicBedrockCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "anthropic-bedrock" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "region" in data:
        v = data["region"]
        p1 = _MEMBERS["CreateAnthropicBedrockCredentialDTORegion"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("CreateAnthropicBedrockCredentialDTORegion", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "authenticationPlan" in data:
        v = data["authenticationPlan"]
        tag1 = v.get("type") if type(v) is dict else None
        alternative2 = (
            _alternatives_CreateAnthropicBedrockCredentialDTOAuthenticationPlan[tag1] if type(tag1) is str else None
        )
        if alternative2 is None:  # not an object, or a tag this spec does not know
            p2 = _S
        else:
            p2 = alternative2[1](v, strict)
            if type(p2) is dict:
                p2 = _R(alternative2[0], p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    else:
        p2 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateAnthropicBedrockCredentialDTO:
            return CreateAnthropicBedrockCredentialDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateAnthropicBedrockCredentialDTO(p0, p1, p2, p3)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CreateAnthropicBedrockCredentialDTO
            }
            return obj
    return {"provider": p0, "region": p1, "authenticationPlan": p2, "name": p3}


_KNOWN_CreateAnthropicBedrockCredentialDTO = frozenset(("provider", "region", "authenticationPlan", "name"))


def _to_dict_CreateAnthropicBedrockCredentialDTO(self: CreateAnthropicBedrockCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.authentication_plan
    if v is not UNSET:
        out["authenticationPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateAnthropicBedrockCredentialDTO._fast_load = _load_CreateAnthropicBedrockCredentialDTO
setattr(CreateAnthropicBedrockCredentialDTO, "to_dict", _to_dict_CreateAnthropicBedrockCredentialDTO)  # noqa: B010 - replaces Model.to_dict

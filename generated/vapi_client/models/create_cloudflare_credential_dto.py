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
    from ..models.cloudflare_r2_bucket_plan import CloudflareR2BucketPlan


__all__ = ["CreateCloudflareCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateCloudflareCredentialDTO(Model):
    """CreateCloudflareCredentialDTO

    Attributes:
        provider: Credential provider. Only allowed value is cloudflare
        account_id: Cloudflare Account Id.
        api_key: Cloudflare API Key / Token.
        account_email: Cloudflare Account Email.
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        bucket_plan: This is the bucket plan that can be provided to store call artifacts in R2
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateCloudflareCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("accountId", "account_id"),
        ("apiKey", "api_key"),
        ("accountEmail", "account_email"),
        ("fallbackIndex", "fallback_index"),
        ("bucketPlan", "bucket_plan"),
        ("name", "name"),
    )

    provider: Literal["cloudflare"]
    account_id: str | Unset = UNSET
    api_key: str | Unset = UNSET
    account_email: str | Unset = UNSET
    fallback_index: float | Unset = UNSET
    bucket_plan: CloudflareR2BucketPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateCloudflareCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateCloudflareCredentialDTO | dict[str, Any]:
    """CreateCloudflareCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "cloudflare" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "accountId" in data:
        v = data["accountId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "apiKey" in data:
        v = data["apiKey"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "accountEmail" in data:
        v = data["accountEmail"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "fallbackIndex" in data:
        v = data["fallbackIndex"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 else _S
        if p4 is _S:
            slow = True
    if "bucketPlan" in data:
        v = data["bucketPlan"]
        p5 = _FAST["CloudflareR2BucketPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("CloudflareR2BucketPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateCloudflareCredentialDTO:
            return CreateCloudflareCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateCloudflareCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateCloudflareCredentialDTO}
            return obj
    return {
        "provider": p0,
        "accountId": p1,
        "apiKey": p2,
        "accountEmail": p3,
        "fallbackIndex": p4,
        "bucketPlan": p5,
        "name": p6,
    }


_KNOWN_CreateCloudflareCredentialDTO = frozenset(
    ("provider", "accountId", "apiKey", "accountEmail", "fallbackIndex", "bucketPlan", "name")
)


def _to_dict_CreateCloudflareCredentialDTO(self: CreateCloudflareCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.account_id
    if v is not UNSET:
        out["accountId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.api_key
    if v is not UNSET:
        out["apiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.account_email
    if v is not UNSET:
        out["accountEmail"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_index
    if v is not UNSET:
        out["fallbackIndex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.bucket_plan
    if v is not UNSET:
        out["bucketPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateCloudflareCredentialDTO._fast_load = _load_CreateCloudflareCredentialDTO
setattr(CreateCloudflareCredentialDTO, "to_dict", _to_dict_CreateCloudflareCredentialDTO)  # noqa: B010 - replaces Model.to_dict

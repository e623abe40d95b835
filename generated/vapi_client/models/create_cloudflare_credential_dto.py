from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloudflare_r2_bucket_plan import CloudflareR2BucketPlan


__all__ = ["CreateCloudflareCredentialDTO"]


@_attrs_define(repr=False)
class CreateCloudflareCredentialDTO(Model):
    """CreateCloudflareCredentialDTO

    Attributes:
        provider: Credential provider. Only allowed value is cloudflare
        account_id: Cloudflare Account Id.
        api_key: Cloudflare API Key / Token.
        account_email: Cloudflare Account Email.
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        bucket_plan:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

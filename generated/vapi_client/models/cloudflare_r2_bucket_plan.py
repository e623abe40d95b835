from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CloudflareR2BucketPlan"]


@_attrs_define(repr=False)
class CloudflareR2BucketPlan(Model):
    """CloudflareR2BucketPlan

    Attributes:
        name: This is the name of the bucket.
        access_key_id: Cloudflare R2 Access key ID.
        secret_access_key: Cloudflare R2 access key secret. This is not returned in the API.
        url: Cloudflare R2 base url.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
    """

    _schema: ClassVar[str] = "CloudflareR2BucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("accessKeyId", "access_key_id"),
        ("secretAccessKey", "secret_access_key"),
        ("url", "url"),
        ("path", "path"),
    )

    name: str
    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    url: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["S3CompatibleBucketPlan"]


@_attrs_define(repr=False)
class S3CompatibleBucketPlan(Model):
    """S3CompatibleBucketPlan

    Attributes:
        url: S3-compatible endpoint URL, such as https://s3.us-west-004.backblazeb2.com. Must be public HTTPS.
        region: SigV4 signing region expected by the object store. Most stores accept us-east-1.
        access_key_id: S3 access key ID.
        secret_access_key: S3 secret access key. This is not returned in the API.
        name: Bucket name.
        path: Optional key prefix inside the bucket, such as recordings/.
    """

    _schema: ClassVar[str] = "S3CompatibleBucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("region", "region"),
        ("accessKeyId", "access_key_id"),
        ("secretAccessKey", "secret_access_key"),
        ("name", "name"),
        ("path", "path"),
    )

    url: str
    region: str
    access_key_id: str
    secret_access_key: str
    name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

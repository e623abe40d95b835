from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["BucketPlan"]


@_attrs_define(repr=False)
class BucketPlan(Model):
    """BucketPlan

    Attributes:
        name: This is the name of the bucket.
        region: This is the region of the bucket.

            Usage:
            - If `credential.type` is `aws`, then this is required.
            - If `credential.type` is `gcp`, then this is optional since GCP allows buckets to be accessed
            without a region but region is required for data residency requirements. Read here:
            https://cloud.google.com/storage/docs/request-endpoints

            This overrides the `credential.region` field if it is provided.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
        hmac_access_key: This is the HMAC access key offered by GCP for interoperability with S3 clients. Here is the guide
            on how to create: https://cloud.google.com/storage/docs/authentication/managing-hmackeys#console

            Usage:
            - If `credential.type` is `gcp`, then this is required.
            - If `credential.type` is `aws`, then this is not required since credential.awsAccessKeyId is used
            instead.
        hmac_secret: This is the secret for the HMAC access key. Here is the guide on how to create:
            https://cloud.google.com/storage/docs/authentication/managing-hmackeys#console

            Usage:
            - If `credential.type` is `gcp`, then this is required.
            - If `credential.type` is `aws`, then this is not required since credential.awsSecretAccessKey is
            used instead.

            Note: This is not returned in the API.
    """

    _schema: ClassVar[str] = "BucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("region", "region"),
        ("path", "path"),
        ("hmacAccessKey", "hmac_access_key"),
        ("hmacSecret", "hmac_secret"),
    )

    name: str
    region: str | Unset = UNSET
    path: str | Unset = UNSET
    hmac_access_key: str | Unset = UNSET
    hmac_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

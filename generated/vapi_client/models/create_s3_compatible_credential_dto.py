from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_compatible_bucket_plan import S3CompatibleBucketPlan


__all__ = ["CreateS3CompatibleCredentialDTO"]


@_attrs_define(repr=False)
class CreateS3CompatibleCredentialDTO(Model):
    """CreateS3CompatibleCredentialDTO

    Attributes:
        provider: This is for S3-compatible storage such as MinIO, Garage, Ceph, or Backblaze B2.
        bucket_plan:
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateS3CompatibleCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("bucketPlan", "bucket_plan"),
        ("fallbackIndex", "fallback_index"),
        ("name", "name"),
    )

    provider: Literal["s3-compatible"]
    bucket_plan: S3CompatibleBucketPlan
    fallback_index: float | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supabase_bucket_plan_region import SupabaseBucketPlanRegion


__all__ = ["SupabaseBucketPlan"]


@_attrs_define(repr=False)
class SupabaseBucketPlan(Model):
    """SupabaseBucketPlan

    Attributes:
        region:
        url: This is the S3 compatible URL for Supabase S3
            This should look like https://<project-ID>.supabase.co/storage/v1/s3
        access_key_id: This is the Supabase S3 Access Key ID.
            The user creates this in the Supabase project Storage settings
        secret_access_key: This is the Supabase S3 Secret Access Key.
            The user creates this in the Supabase project Storage settings along with the access key id
        name: This is the Supabase S3 Bucket Name.
            The user must create this in Supabase under Storage > Buckets
            A bucket that does not exist will not be checked now, but file uploads will fail
        path: This is the Supabase S3 Bucket Folder Path.
            The user can create this in Supabase under Storage > Buckets
            A path that does not exist will not be checked now, but file uploads will fail
            A Path is like a folder in the bucket
            Eg. If the bucket is called "my-bucket" and the path is "my-folder", the full path is "my-bucket/my-
            folder"
    """

    _schema: ClassVar[str] = "SupabaseBucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("region", "region"),
        ("url", "url"),
        ("accessKeyId", "access_key_id"),
        ("secretAccessKey", "secret_access_key"),
        ("name", "name"),
        ("path", "path"),
    )

    region: SupabaseBucketPlanRegion
    url: str
    access_key_id: str
    secret_access_key: str
    name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

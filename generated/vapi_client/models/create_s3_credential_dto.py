from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateS3CredentialDTO"]


@_attrs_define(repr=False)
class CreateS3CredentialDTO(Model):
    """CreateS3CredentialDTO

    Attributes:
        provider: Credential provider. Only allowed value is s3
        aws_access_key_id: AWS access key ID.
        aws_secret_access_key: AWS access key secret. This is not returned in the API.
        region: AWS region in which the S3 bucket is located.
        s_3_bucket_name: AWS S3 bucket name.
        s_3_path_prefix: The path prefix for the uploaded recording. Ex. "recordings/"
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateS3CredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("awsAccessKeyId", "aws_access_key_id"),
        ("awsSecretAccessKey", "aws_secret_access_key"),
        ("region", "region"),
        ("s3BucketName", "s_3_bucket_name"),
        ("s3PathPrefix", "s_3_path_prefix"),
        ("fallbackIndex", "fallback_index"),
        ("name", "name"),
    )

    provider: Literal["s3"]
    aws_access_key_id: str
    aws_secret_access_key: str
    region: str
    s_3_bucket_name: str
    s_3_path_prefix: str
    fallback_index: float | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

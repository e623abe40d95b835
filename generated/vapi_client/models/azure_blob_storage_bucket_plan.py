from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["AzureBlobStorageBucketPlan"]


@_attrs_define(repr=False)
class AzureBlobStorageBucketPlan(Model):
    """AzureBlobStorageBucketPlan

    Attributes:
        connection_string: This is the blob storage connection string for the Azure resource.
        container_name: This is the container name for the Azure blob storage.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
    """

    _schema: ClassVar[str] = "AzureBlobStorageBucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("connectionString", "connection_string"),
        ("containerName", "container_name"),
        ("path", "path"),
    )

    connection_string: str
    container_name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

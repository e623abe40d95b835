from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_blob_storage_bucket_plan import AzureBlobStorageBucketPlan
    from ..models.create_azure_credential_dto_region import CreateAzureCredentialDTORegion
    from ..models.create_azure_credential_dto_service import CreateAzureCredentialDTOService


__all__ = ["CreateAzureCredentialDTO"]


@_attrs_define(repr=False)
class CreateAzureCredentialDTO(Model):
    """CreateAzureCredentialDTO

    Attributes:
        provider:
        service:
        region:
        api_key: This is not returned in the API.
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        bucket_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateAzureCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("service", "service"),
        ("region", "region"),
        ("apiKey", "api_key"),
        ("fallbackIndex", "fallback_index"),
        ("bucketPlan", "bucket_plan"),
        ("name", "name"),
    )

    provider: Literal["azure"]
    service: CreateAzureCredentialDTOService
    region: CreateAzureCredentialDTORegion | Unset = UNSET
    api_key: str | Unset = UNSET
    fallback_index: float | Unset = UNSET
    bucket_plan: AzureBlobStorageBucketPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

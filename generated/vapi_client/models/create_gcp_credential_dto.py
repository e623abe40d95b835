from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_plan import BucketPlan
    from ..models.gcp_key import GcpKey


__all__ = ["CreateGcpCredentialDTO"]


@_attrs_define(repr=False)
class CreateGcpCredentialDTO(Model):
    """CreateGcpCredentialDTO

    Attributes:
        provider:
        gcp_key:
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        region: This is the region of the GCP resource.
        bucket_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateGcpCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("gcpKey", "gcp_key"),
        ("fallbackIndex", "fallback_index"),
        ("region", "region"),
        ("bucketPlan", "bucket_plan"),
        ("name", "name"),
    )

    provider: Literal["gcp"]
    gcp_key: GcpKey
    fallback_index: float | Unset = UNSET
    region: str | Unset = UNSET
    bucket_plan: BucketPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

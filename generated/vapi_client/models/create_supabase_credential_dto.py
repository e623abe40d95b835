from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supabase_bucket_plan import SupabaseBucketPlan


__all__ = ["CreateSupabaseCredentialDTO"]


@_attrs_define(repr=False)
class CreateSupabaseCredentialDTO(Model):
    """CreateSupabaseCredentialDTO

    Attributes:
        provider: This is for supabase storage.
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        bucket_plan:
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateSupabaseCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("fallbackIndex", "fallback_index"),
        ("bucketPlan", "bucket_plan"),
        ("name", "name"),
    )

    provider: Literal["supabase"]
    fallback_index: float | Unset = UNSET
    bucket_plan: SupabaseBucketPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

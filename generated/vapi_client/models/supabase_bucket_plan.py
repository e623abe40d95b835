# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supabase_bucket_plan_region import SupabaseBucketPlanRegion, _SupabaseBucketPlanRegionValues


__all__ = ["SupabaseBucketPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SupabaseBucketPlan(Model):
    """SupabaseBucketPlan

    Attributes:
        region: This is the S3 Region. It should look like us-east-1
            It should be one of the supabase regions defined in the SUPABASE_REGION enum
            Check https://supabase.com/docs/guides/platform/regions for up to date regions
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

    region: SupabaseBucketPlanRegion | _SupabaseBucketPlanRegionValues
    url: str
    access_key_id: str
    secret_access_key: str
    name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SupabaseBucketPlan(data: dict[str, Any], strict: bool) -> SupabaseBucketPlan | dict[str, Any]:
    """SupabaseBucketPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "region" in data:
        v = data["region"]
        p0 = _MEMBERS["SupabaseBucketPlanRegion"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("SupabaseBucketPlanRegion", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "url" in data:
        v = data["url"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "accessKeyId" in data:
        v = data["accessKeyId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "secretAccessKey" in data:
        v = data["secretAccessKey"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "name" in data:
        v = data["name"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "path" in data:
        v = data["path"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SupabaseBucketPlan:
            return SupabaseBucketPlan(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SupabaseBucketPlan(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SupabaseBucketPlan}
            return obj
    return {"region": p0, "url": p1, "accessKeyId": p2, "secretAccessKey": p3, "name": p4, "path": p5}


_KNOWN_SupabaseBucketPlan = frozenset(("region", "url", "accessKeyId", "secretAccessKey", "name", "path"))


def _to_dict_SupabaseBucketPlan(self: SupabaseBucketPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.access_key_id
    if v is not UNSET:
        out["accessKeyId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.secret_access_key
    if v is not UNSET:
        out["secretAccessKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.path
    if v is not UNSET:
        out["path"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SupabaseBucketPlan._fast_load = _load_SupabaseBucketPlan
setattr(SupabaseBucketPlan, "to_dict", _to_dict_SupabaseBucketPlan)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_compatible_bucket_plan import S3CompatibleBucketPlan


__all__ = ["CreateS3CompatibleCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateS3CompatibleCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateS3CompatibleCredentialDTO | dict[str, Any]:
    """CreateS3CompatibleCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "s3-compatible" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "bucketPlan" in data:
        v = data["bucketPlan"]
        p1 = _FAST["S3CompatibleBucketPlan"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("S3CompatibleBucketPlan", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "fallbackIndex" in data:
        v = data["fallbackIndex"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 else _S
        if p2 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateS3CompatibleCredentialDTO:
            return CreateS3CompatibleCredentialDTO(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateS3CompatibleCredentialDTO(p0, p1, p2, p3)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CreateS3CompatibleCredentialDTO
            }
            return obj
    return {"provider": p0, "bucketPlan": p1, "fallbackIndex": p2, "name": p3}


_KNOWN_CreateS3CompatibleCredentialDTO = frozenset(("provider", "bucketPlan", "fallbackIndex", "name"))


def _to_dict_CreateS3CompatibleCredentialDTO(self: CreateS3CompatibleCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.bucket_plan
    if v is not UNSET:
        out["bucketPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.fallback_index
    if v is not UNSET:
        out["fallbackIndex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateS3CompatibleCredentialDTO._fast_load = _load_CreateS3CompatibleCredentialDTO
setattr(CreateS3CompatibleCredentialDTO, "to_dict", _to_dict_CreateS3CompatibleCredentialDTO)  # noqa: B010 - replaces Model.to_dict

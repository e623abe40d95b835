# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["S3CompatibleBucketPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class S3CompatibleBucketPlan(Model):
    """S3CompatibleBucketPlan

    Attributes:
        url: S3-compatible endpoint URL, such as https://s3.us-west-004.backblazeb2.com. Must be public HTTPS.
        region: SigV4 signing region expected by the object store. Most stores accept us-east-1.
        access_key_id: S3 access key ID.
        secret_access_key: S3 secret access key. This is not returned in the API.
        name: Bucket name.
        path: Optional key prefix inside the bucket, such as recordings/.
    """

    _schema: ClassVar[str] = "S3CompatibleBucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("region", "region"),
        ("accessKeyId", "access_key_id"),
        ("secretAccessKey", "secret_access_key"),
        ("name", "name"),
        ("path", "path"),
    )

    url: str
    region: str
    access_key_id: str
    secret_access_key: str
    name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_S3CompatibleBucketPlan(data: dict[str, Any], strict: bool) -> S3CompatibleBucketPlan | dict[str, Any]:
    """S3CompatibleBucketPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "url" in data:
        v = data["url"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "region" in data:
        v = data["region"]
        p1 = v if type(v) is str and len(v) <= 64 else _S
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
        if data.keys() <= _KNOWN_S3CompatibleBucketPlan:
            return S3CompatibleBucketPlan(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = S3CompatibleBucketPlan(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_S3CompatibleBucketPlan}
            return obj
    return {"url": p0, "region": p1, "accessKeyId": p2, "secretAccessKey": p3, "name": p4, "path": p5}


_KNOWN_S3CompatibleBucketPlan = frozenset(("url", "region", "accessKeyId", "secretAccessKey", "name", "path"))


def _to_dict_S3CompatibleBucketPlan(self: S3CompatibleBucketPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


S3CompatibleBucketPlan._fast_load = _load_S3CompatibleBucketPlan
setattr(S3CompatibleBucketPlan, "to_dict", _to_dict_S3CompatibleBucketPlan)  # noqa: B010 - replaces Model.to_dict

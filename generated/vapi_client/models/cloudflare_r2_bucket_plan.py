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

__all__ = ["CloudflareR2BucketPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CloudflareR2BucketPlan(Model):
    """CloudflareR2BucketPlan

    Attributes:
        name: This is the name of the bucket.
        access_key_id: Cloudflare R2 Access key ID.
        secret_access_key: Cloudflare R2 access key secret. This is not returned in the API.
        url: Cloudflare R2 base url.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
    """

    _schema: ClassVar[str] = "CloudflareR2BucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("accessKeyId", "access_key_id"),
        ("secretAccessKey", "secret_access_key"),
        ("url", "url"),
        ("path", "path"),
    )

    name: str
    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    url: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CloudflareR2BucketPlan(data: dict[str, Any], strict: bool) -> CloudflareR2BucketPlan | dict[str, Any]:
    """CloudflareR2BucketPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "accessKeyId" in data:
        v = data["accessKeyId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "secretAccessKey" in data:
        v = data["secretAccessKey"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "url" in data:
        v = data["url"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "path" in data:
        v = data["path"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CloudflareR2BucketPlan:
            return CloudflareR2BucketPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CloudflareR2BucketPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CloudflareR2BucketPlan}
            return obj
    return {"name": p0, "accessKeyId": p1, "secretAccessKey": p2, "url": p3, "path": p4}


_KNOWN_CloudflareR2BucketPlan = frozenset(("name", "accessKeyId", "secretAccessKey", "url", "path"))


def _to_dict_CloudflareR2BucketPlan(self: CloudflareR2BucketPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.access_key_id
    if v is not UNSET:
        out["accessKeyId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.secret_access_key
    if v is not UNSET:
        out["secretAccessKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


CloudflareR2BucketPlan._fast_load = _load_CloudflareR2BucketPlan
setattr(CloudflareR2BucketPlan, "to_dict", _to_dict_CloudflareR2BucketPlan)  # noqa: B010 - replaces Model.to_dict

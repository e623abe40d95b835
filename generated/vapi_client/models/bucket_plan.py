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

__all__ = ["BucketPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class BucketPlan(Model):
    """BucketPlan

    Attributes:
        name: This is the name of the bucket.
        region: This is the region of the bucket.

            Usage:
            - If `credential.type` is `aws`, then this is required.
            - If `credential.type` is `gcp`, then this is optional since GCP allows buckets to be accessed
            without a region but region is required for data residency requirements. Read here:
            https://cloud.google.com/storage/docs/request-endpoints

            This overrides the `credential.region` field if it is provided.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
        hmac_access_key: This is the HMAC access key offered by GCP for interoperability with S3 clients. Here is the guide
            on how to create: https://cloud.google.com/storage/docs/authentication/managing-hmackeys#console

            Usage:
            - If `credential.type` is `gcp`, then this is required.
            - If `credential.type` is `aws`, then this is not required since credential.awsAccessKeyId is used
            instead.
        hmac_secret: This is the secret for the HMAC access key. Here is the guide on how to create:
            https://cloud.google.com/storage/docs/authentication/managing-hmackeys#console

            Usage:
            - If `credential.type` is `gcp`, then this is required.
            - If `credential.type` is `aws`, then this is not required since credential.awsSecretAccessKey is
            used instead.

            Note: This is not returned in the API.
    """

    _schema: ClassVar[str] = "BucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("region", "region"),
        ("path", "path"),
        ("hmacAccessKey", "hmac_access_key"),
        ("hmacSecret", "hmac_secret"),
    )

    name: str
    region: str | Unset = UNSET
    path: str | Unset = UNSET
    hmac_access_key: str | Unset = UNSET
    hmac_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_BucketPlan(data: dict[str, Any], strict: bool) -> BucketPlan | dict[str, Any]:
    """BucketPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    if "region" in data:
        v = data["region"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "path" in data:
        v = data["path"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "hmacAccessKey" in data:
        v = data["hmacAccessKey"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "hmacSecret" in data:
        v = data["hmacSecret"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_BucketPlan:
            return BucketPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = BucketPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_BucketPlan}
            return obj
    return {"name": p0, "region": p1, "path": p2, "hmacAccessKey": p3, "hmacSecret": p4}


_KNOWN_BucketPlan = frozenset(("name", "region", "path", "hmacAccessKey", "hmacSecret"))


def _to_dict_BucketPlan(self: BucketPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.path
    if v is not UNSET:
        out["path"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.hmac_access_key
    if v is not UNSET:
        out["hmacAccessKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.hmac_secret
    if v is not UNSET:
        out["hmacSecret"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


BucketPlan._fast_load = _load_BucketPlan
setattr(BucketPlan, "to_dict", _to_dict_BucketPlan)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["CreateS3CredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateS3CredentialDTO(data: dict[str, Any], strict: bool) -> CreateS3CredentialDTO | dict[str, Any]:
    """CreateS3CredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "s3" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "awsAccessKeyId" in data:
        v = data["awsAccessKeyId"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "awsSecretAccessKey" in data:
        v = data["awsSecretAccessKey"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "region" in data:
        v = data["region"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    else:
        p3 = _S
        slow = True
    if "s3BucketName" in data:
        v = data["s3BucketName"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    else:
        p4 = _S
        slow = True
    if "s3PathPrefix" in data:
        v = data["s3PathPrefix"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    else:
        p5 = _S
        slow = True
    if "fallbackIndex" in data:
        v = data["fallbackIndex"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 else _S
        if p6 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p7 = v if type(v) is str and len(v) <= 40 else _S
        if p7 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateS3CredentialDTO:
            return CreateS3CredentialDTO(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateS3CredentialDTO(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateS3CredentialDTO}
            return obj
    return {
        "provider": p0,
        "awsAccessKeyId": p1,
        "awsSecretAccessKey": p2,
        "region": p3,
        "s3BucketName": p4,
        "s3PathPrefix": p5,
        "fallbackIndex": p6,
        "name": p7,
    }


_KNOWN_CreateS3CredentialDTO = frozenset(
    (
        "provider",
        "awsAccessKeyId",
        "awsSecretAccessKey",
        "region",
        "s3BucketName",
        "s3PathPrefix",
        "fallbackIndex",
        "name",
    )
)


def _to_dict_CreateS3CredentialDTO(self: CreateS3CredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.aws_access_key_id
    if v is not UNSET:
        out["awsAccessKeyId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.aws_secret_access_key
    if v is not UNSET:
        out["awsSecretAccessKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.s_3_bucket_name
    if v is not UNSET:
        out["s3BucketName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.s_3_path_prefix
    if v is not UNSET:
        out["s3PathPrefix"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


CreateS3CredentialDTO._fast_load = _load_CreateS3CredentialDTO
setattr(CreateS3CredentialDTO, "to_dict", _to_dict_CreateS3CredentialDTO)  # noqa: B010 - replaces Model.to_dict

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
    from ..models.bucket_plan import BucketPlan
    from ..models.gcp_key import GcpKey


__all__ = ["CreateGcpCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateGcpCredentialDTO(Model):
    """CreateGcpCredentialDTO

    Attributes:
        provider:
        gcp_key: This is the GCP key. This is the JSON that can be generated in the Google Cloud Console at
            https://console.cloud.google.com/iam-admin/serviceaccounts/details/<service-account-id>/keys.

            The schema is identical to the JSON that GCP outputs.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateGcpCredentialDTO(data: dict[str, Any], strict: bool) -> CreateGcpCredentialDTO | dict[str, Any]:
    """CreateGcpCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "gcp" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "gcpKey" in data:
        v = data["gcpKey"]
        p1 = _FAST["GcpKey"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("GcpKey", p1)
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
    if "region" in data:
        v = data["region"]
        p3 = v if type(v) is str and len(v) <= 40 else _S
        if p3 is _S:
            slow = True
    if "bucketPlan" in data:
        v = data["bucketPlan"]
        p4 = _FAST["BucketPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("BucketPlan", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p5 = v if type(v) is str and len(v) <= 40 else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateGcpCredentialDTO:
            return CreateGcpCredentialDTO(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateGcpCredentialDTO(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateGcpCredentialDTO}
            return obj
    return {"provider": p0, "gcpKey": p1, "fallbackIndex": p2, "region": p3, "bucketPlan": p4, "name": p5}


_KNOWN_CreateGcpCredentialDTO = frozenset(("provider", "gcpKey", "fallbackIndex", "region", "bucketPlan", "name"))


def _to_dict_CreateGcpCredentialDTO(self: CreateGcpCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_index
    if v is not UNSET:
        out["fallbackIndex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.gcp_key
    if v is not UNSET:
        out["gcpKey"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.bucket_plan
    if v is not UNSET:
        out["bucketPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateGcpCredentialDTO._fast_load = _load_CreateGcpCredentialDTO
setattr(CreateGcpCredentialDTO, "to_dict", _to_dict_CreateGcpCredentialDTO)  # noqa: B010 - replaces Model.to_dict

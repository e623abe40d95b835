# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_blob_storage_bucket_plan import AzureBlobStorageBucketPlan
    from ..models.create_azure_credential_dto_region import (
        CreateAzureCredentialDTORegion,
        _CreateAzureCredentialDTORegionValues,
    )
    from ..models.create_azure_credential_dto_service import (
        CreateAzureCredentialDTOService,
        _CreateAzureCredentialDTOServiceValues,
    )


__all__ = ["CreateAzureCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateAzureCredentialDTO(Model):
    """CreateAzureCredentialDTO

    Attributes:
        provider:
        service: This is the service being used in Azure.
        region: This is the region of the Azure resource.
        api_key: This is not returned in the API.
        fallback_index: This is the order in which this storage provider is tried during upload retries. Lower numbers are
            tried first in increasing order.
        bucket_plan: This is the bucket plan that can be provided to store call artifacts in Azure Blob Storage.
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
    service: CreateAzureCredentialDTOService | _CreateAzureCredentialDTOServiceValues
    region: CreateAzureCredentialDTORegion | _CreateAzureCredentialDTORegionValues | Unset = UNSET
    api_key: str | Unset = UNSET
    fallback_index: float | Unset = UNSET
    bucket_plan: AzureBlobStorageBucketPlan | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateAzureCredentialDTO(data: dict[str, Any], strict: bool) -> CreateAzureCredentialDTO | dict[str, Any]:
    """CreateAzureCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "azure" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "service" in data:
        v = data["service"]
        p1 = _MEMBERS["CreateAzureCredentialDTOService"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("CreateAzureCredentialDTOService", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "region" in data:
        v = data["region"]
        p2 = _MEMBERS["CreateAzureCredentialDTORegion"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CreateAzureCredentialDTORegion", v)
        if p2 is _S:
            slow = True
    if "apiKey" in data:
        v = data["apiKey"]
        p3 = v if type(v) is str and len(v) <= 10000 else _S
        if p3 is _S:
            slow = True
    if "fallbackIndex" in data:
        v = data["fallbackIndex"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 else _S
        if p4 is _S:
            slow = True
    if "bucketPlan" in data:
        v = data["bucketPlan"]
        p5 = _FAST["AzureBlobStorageBucketPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("AzureBlobStorageBucketPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateAzureCredentialDTO:
            return CreateAzureCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateAzureCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateAzureCredentialDTO}
            return obj
    return {
        "provider": p0,
        "service": p1,
        "region": p2,
        "apiKey": p3,
        "fallbackIndex": p4,
        "bucketPlan": p5,
        "name": p6,
    }


_KNOWN_CreateAzureCredentialDTO = frozenset(
    ("provider", "service", "region", "apiKey", "fallbackIndex", "bucketPlan", "name")
)


def _to_dict_CreateAzureCredentialDTO(self: CreateAzureCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.service
    if v is not UNSET:
        out["service"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.region
    if v is not UNSET:
        out["region"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.api_key
    if v is not UNSET:
        out["apiKey"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.fallback_index
    if v is not UNSET:
        out["fallbackIndex"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
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


CreateAzureCredentialDTO._fast_load = _load_CreateAzureCredentialDTO
setattr(CreateAzureCredentialDTO, "to_dict", _to_dict_CreateAzureCredentialDTO)  # noqa: B010 - replaces Model.to_dict

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

__all__ = ["AzureBlobStorageBucketPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AzureBlobStorageBucketPlan(Model):
    """AzureBlobStorageBucketPlan

    Attributes:
        connection_string: This is the blob storage connection string for the Azure resource.
        container_name: This is the container name for the Azure blob storage.
        path: This is the path where call artifacts will be stored.

            Usage:
            - To store call artifacts in a specific folder, set this to the full path. Eg. "/folder-
            name1/folder-name2".
            - To store call artifacts in the root of the bucket, leave this blank.

            @default "/"
    """

    _schema: ClassVar[str] = "AzureBlobStorageBucketPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("connectionString", "connection_string"),
        ("containerName", "container_name"),
        ("path", "path"),
    )

    connection_string: str
    container_name: str
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AzureBlobStorageBucketPlan(data: dict[str, Any], strict: bool) -> AzureBlobStorageBucketPlan | dict[str, Any]:
    """AzureBlobStorageBucketPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "connectionString" in data:
        v = data["connectionString"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "containerName" in data:
        v = data["containerName"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "path" in data:
        v = data["path"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AzureBlobStorageBucketPlan:
            return AzureBlobStorageBucketPlan(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AzureBlobStorageBucketPlan(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AzureBlobStorageBucketPlan}
            return obj
    return {"connectionString": p0, "containerName": p1, "path": p2}


_KNOWN_AzureBlobStorageBucketPlan = frozenset(("connectionString", "containerName", "path"))


def _to_dict_AzureBlobStorageBucketPlan(self: AzureBlobStorageBucketPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.connection_string
    if v is not UNSET:
        out["connectionString"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.container_name
    if v is not UNSET:
        out["containerName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.path
    if v is not UNSET:
        out["path"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AzureBlobStorageBucketPlan._fast_load = _load_AzureBlobStorageBucketPlan
setattr(AzureBlobStorageBucketPlan, "to_dict", _to_dict_AzureBlobStorageBucketPlan)  # noqa: B010 - replaces Model.to_dict

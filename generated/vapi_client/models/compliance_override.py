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

__all__ = ["ComplianceOverride"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ComplianceOverride(Model):
    """ComplianceOverride

    Attributes:
        force_store_on_hipaa_enabled: Force storage for this output under HIPAA. Only enable if output contains no sensitive data.
    """

    _schema: ClassVar[str] = "ComplianceOverride"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("forceStoreOnHipaaEnabled", "force_store_on_hipaa_enabled"),
    )

    force_store_on_hipaa_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_ComplianceOverride(data: dict[str, Any], strict: bool) -> ComplianceOverride | dict[str, Any]:
    """ComplianceOverride from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    slow = False
    if "forceStoreOnHipaaEnabled" in data:
        v = data["forceStoreOnHipaaEnabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ComplianceOverride:
            return ComplianceOverride(p0)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ComplianceOverride(p0)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ComplianceOverride}
            return obj
    return {"forceStoreOnHipaaEnabled": p0}


_KNOWN_ComplianceOverride = frozenset(("forceStoreOnHipaaEnabled",))


def _to_dict_ComplianceOverride(self: ComplianceOverride) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.force_store_on_hipaa_enabled
    if v is not UNSET:
        out["forceStoreOnHipaaEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ComplianceOverride._fast_load = _load_ComplianceOverride
setattr(ComplianceOverride, "to_dict", _to_dict_ComplianceOverride)  # noqa: B010 - replaces Model.to_dict

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ComplianceOverride"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

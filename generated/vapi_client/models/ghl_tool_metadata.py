from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["GhlToolMetadata"]


@_attrs_define(repr=False)
class GhlToolMetadata(Model):
    """GoHighLevel identifiers that tell the tool which workflow to trigger.

    Attributes:
        workflow_id: ID of the GoHighLevel workflow to trigger.
        location_id: ID of the GoHighLevel location (sub-account) that owns the workflow.
    """

    _schema: ClassVar[str] = "GhlToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflowId", "workflow_id"),
        ("locationId", "location_id"),
    )

    workflow_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

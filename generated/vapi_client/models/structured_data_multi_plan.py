from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.structured_data_plan import StructuredDataPlan


__all__ = ["StructuredDataMultiPlan"]


@_attrs_define(repr=False)
class StructuredDataMultiPlan(Model):
    """StructuredDataMultiPlan

    Attributes:
        key: This is the key of the structured data plan in the catalog.
        plan:
    """

    _schema: ClassVar[str] = "StructuredDataMultiPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("plan", "plan"),
    )

    key: str
    plan: StructuredDataPlan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

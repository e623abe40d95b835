from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
    )


__all__ = ["VapiSmartEndpointingPlan"]


@_attrs_define(repr=False)
class VapiSmartEndpointingPlan(Model):
    """VapiSmartEndpointingPlan

    Attributes:
        provider:
    """

    _schema: ClassVar[str] = "VapiSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("provider", "provider"),)

    provider: CustomEndpointingModelSmartEndpointingPlanProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

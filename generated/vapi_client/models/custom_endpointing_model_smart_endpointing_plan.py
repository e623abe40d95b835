from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_endpointing_model_smart_endpointing_plan_provider import (
        CustomEndpointingModelSmartEndpointingPlanProvider,
    )
    from ..models.server import Server


__all__ = ["CustomEndpointingModelSmartEndpointingPlan"]


@_attrs_define(repr=False)
class CustomEndpointingModelSmartEndpointingPlan(Model):
    """CustomEndpointingModelSmartEndpointingPlan

    Attributes:
        provider:
        server:
    """

    _schema: ClassVar[str] = "CustomEndpointingModelSmartEndpointingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: CustomEndpointingModelSmartEndpointingPlanProvider
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

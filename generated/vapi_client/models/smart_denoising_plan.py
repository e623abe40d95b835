from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SmartDenoisingPlan"]


@_attrs_define(repr=False)
class SmartDenoisingPlan(Model):
    """SmartDenoisingPlan

    Attributes:
        enabled: Whether smart denoising using Krisp is enabled.
    """

    _schema: ClassVar[str] = "SmartDenoisingPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("enabled", "enabled"),)

    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

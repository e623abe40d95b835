from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["GlobalNodePlan"]


@_attrs_define(repr=False)
class GlobalNodePlan(Model):
    """GlobalNodePlan

    Attributes:
        enabled: This is the flag to determine if this node is a global node

            @default false
        enter_condition: This is the condition that will be checked to determine if the global node should be executed.

            @default ''
    """

    _schema: ClassVar[str] = "GlobalNodePlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("enterCondition", "enter_condition"),
    )

    enabled: bool | Unset = UNSET
    enter_condition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

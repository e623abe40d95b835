from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["MakeToolMetadata"]


@_attrs_define(repr=False)
class MakeToolMetadata(Model):
    """MakeToolMetadata

    Attributes:
        scenario_id:
        trigger_hook_id:
    """

    _schema: ClassVar[str] = "MakeToolMetadata"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("scenarioId", "scenario_id"),
        ("triggerHookId", "trigger_hook_id"),
    )

    scenario_id: float | Unset = UNSET
    trigger_hook_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

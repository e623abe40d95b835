from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_filter_plan_mode import SecurityFilterPlanMode


__all__ = ["SecurityFilterPlan"]


@_attrs_define(repr=False)
class SecurityFilterPlan(Model):
    """SecurityFilterPlan

    Attributes:
        enabled: Whether the security filter is enabled.
            @default false
        filters: Array of security filter types to apply.
            If array is not empty, only those security filters are run.
        mode:
        replacement_text: Text to use when replacing filtered content.
            @default '[FILTERED]'
    """

    _schema: ClassVar[str] = "SecurityFilterPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("filters", "filters"),
        ("mode", "mode"),
        ("replacementText", "replacement_text"),
    )

    enabled: bool | Unset = UNSET
    filters: list[dict[str, Any]] | Unset = UNSET
    mode: SecurityFilterPlanMode | Unset = UNSET
    replacement_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

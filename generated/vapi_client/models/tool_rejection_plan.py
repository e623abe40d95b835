from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_condition import GroupCondition
    from ..models.liquid_condition import LiquidCondition
    from ..models.regex_condition import RegexCondition
    from ..models.unknown_variants import UnknownGroupConditionConditions


__all__ = ["ToolRejectionPlan"]


@_attrs_define(repr=False)
class ToolRejectionPlan(Model):
    """ToolRejectionPlan

    Attributes:
        conditions: This is the list of conditions that must be evaluated.

            Usage:
            - If all conditions match (AND logic), the tool call is rejected.
            - For OR logic at the top level, use a single 'group' condition with operator: 'OR'.

            @default [] - Empty array means tool always executes
    """

    _schema: ClassVar[str] = "ToolRejectionPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("conditions", "conditions"),)

    conditions: list[RegexCondition | LiquidCondition | GroupCondition | UnknownGroupConditionConditions] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

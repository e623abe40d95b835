from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.group_condition_operator import GroupConditionOperator
    from ..models.liquid_condition import LiquidCondition
    from ..models.regex_condition import RegexCondition
    from ..models.unknown_variants import UnknownGroupConditionConditions


__all__ = ["GroupCondition"]


@_attrs_define(repr=False)
class GroupCondition(Model):
    """GroupCondition

    Attributes:
        type_: This is the type discriminator for group condition
        operator:
        conditions: This is the list of nested conditions to evaluate.
            Supports recursive nesting of groups for complex logic.
    """

    _schema: ClassVar[str] = "GroupCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("operator", "operator"),
        ("conditions", "conditions"),
    )

    type_: Literal["group"]
    operator: GroupConditionOperator
    conditions: list[RegexCondition | LiquidCondition | GroupCondition | UnknownGroupConditionConditions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.condition_operator import ConditionOperator


__all__ = ["Condition"]


@_attrs_define(repr=False)
class Condition(Model):
    """Rule comparing a tool call argument with a value to decide whether a message applies.

    Attributes:
        param: Name of the tool call argument to compare.
        value: Value the argument is compared against.
        operator: Known values of Condition.operator.
    """

    _schema: ClassVar[str] = "Condition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("param", "param"),
        ("value", "value"),
        ("operator", "operator"),
    )

    param: str
    value: dict[str, Any]
    operator: ConditionOperator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

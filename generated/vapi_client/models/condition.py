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
    """Condition

    Attributes:
        operator:
        param: This is the name of the parameter that you want to check.
        value: This is the value you want to compare against the parameter.
    """

    _schema: ClassVar[str] = "Condition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("operator", "operator"),
        ("param", "param"),
        ("value", "value"),
    )

    operator: ConditionOperator
    param: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ContextEngineeringPlanUserAndAssistantMessages"]


@_attrs_define(repr=False)
class ContextEngineeringPlanUserAndAssistantMessages(Model):
    """ContextEngineeringPlanUserAndAssistantMessages

    Attributes:
        type_:
    """

    _schema: ClassVar[str] = "ContextEngineeringPlanUserAndAssistantMessages"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type_"),)

    type_: Literal["userAndAssistantMessages"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

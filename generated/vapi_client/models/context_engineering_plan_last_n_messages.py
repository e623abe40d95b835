from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ContextEngineeringPlanLastNMessages"]


@_attrs_define(repr=False)
class ContextEngineeringPlanLastNMessages(Model):
    """ContextEngineeringPlanLastNMessages

    Attributes:
        type_:
        max_messages: This is the maximum number of messages to include in the context engineering plan.
    """

    _schema: ClassVar[str] = "ContextEngineeringPlanLastNMessages"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("maxMessages", "max_messages"),
    )

    type_: Literal["lastNMessages"]
    max_messages: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

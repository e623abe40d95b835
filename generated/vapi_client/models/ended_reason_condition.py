from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.ended_reason_condition_operator import EndedReasonConditionOperator


__all__ = ["EndedReasonCondition"]


@_attrs_define(repr=False)
class EndedReasonCondition(Model):
    """EndedReasonCondition

    Attributes:
        type_: This is the type discriminator for the endedReason condition.
        operator:
        values: These are the ended reasons compared against the call's ended reason.

            Any string is accepted so configurations never break when new ended
            reasons are introduced. Must contain at least one value.
    """

    _schema: ClassVar[str] = "EndedReasonCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("operator", "operator"),
        ("values", "values"),
    )

    type_: Literal["endedReason"]
    operator: EndedReasonConditionOperator
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

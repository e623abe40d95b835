from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.vapi_cost_sub_type import VapiCostSubType


__all__ = ["VapiCost"]


@_attrs_define(repr=False)
class VapiCost(Model):
    """VapiCost

    Attributes:
        type_: This is the type of cost, always 'vapi' for this class.
        sub_type:
        minutes: This is the minutes of Vapi usage. This should match `call.endedAt` - `call.startedAt`.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "VapiCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("subType", "sub_type"),
        ("minutes", "minutes"),
        ("cost", "cost"),
    )

    type_: Literal["vapi"]
    sub_type: VapiCostSubType
    minutes: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

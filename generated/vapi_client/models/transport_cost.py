from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transport_cost_provider import TransportCostProvider


__all__ = ["TransportCost"]


@_attrs_define(repr=False)
class TransportCost(Model):
    """TransportCost

    Attributes:
        type_: This is the type of cost, always 'transport' for this class.
        minutes: This is the minutes of `transport` usage. This should match `call.endedAt` - `call.startedAt`.
        cost: This is the cost of the component in USD.
        provider:
    """

    _schema: ClassVar[str] = "TransportCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("minutes", "minutes"),
        ("cost", "cost"),
        ("provider", "provider"),
    )

    type_: Literal["transport"]
    minutes: float
    cost: float
    provider: TransportCostProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

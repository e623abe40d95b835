from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ChatCost"]


@_attrs_define(repr=False)
class ChatCost(Model):
    """ChatCost

    Attributes:
        type_: This is the type of cost, always 'chat' for this class.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "ChatCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("cost", "cost"),
    )

    type_: Literal["chat"]
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

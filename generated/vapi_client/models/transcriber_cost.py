from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["TranscriberCost"]


@_attrs_define(repr=False)
class TranscriberCost(Model):
    """TranscriberCost

    Attributes:
        type_: This is the type of cost, always 'transcriber' for this class.
        transcriber: Any JSON object: free-form data the API stores and returns as given.
        minutes: This is the minutes of `transcriber` usage. This should match `call.endedAt` - `call.startedAt` for
            single assistant calls, while squad calls will have multiple transcriber costs one for each
            assistant that was used.
        cost: This is the cost of the component in USD.
    """

    _schema: ClassVar[str] = "TranscriberCost"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("transcriber", "transcriber"),
        ("minutes", "minutes"),
        ("cost", "cost"),
    )

    type_: Literal["transcriber"]
    transcriber: dict[str, Any]
    minutes: float
    cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

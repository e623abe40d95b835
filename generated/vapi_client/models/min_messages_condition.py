from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["MinMessagesCondition"]


@_attrs_define(repr=False)
class MinMessagesCondition(Model):
    """MinMessagesCondition

    Attributes:
        type_: This is the type discriminator for the minMessages condition.
        count: This is the minimum number of conversation messages required for the
            structured output to run.

            A count of 0 removes the runtime default minimum, so the structured output
            runs regardless of how few messages the conversation has.
    """

    _schema: ClassVar[str] = "MinMessagesCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("count", "count"),
    )

    type_: Literal["minMessages"]
    count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

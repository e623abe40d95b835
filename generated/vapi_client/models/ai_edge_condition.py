from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["AIEdgeCondition"]


@_attrs_define(repr=False)
class AIEdgeCondition(Model):
    """AIEdgeCondition

    Attributes:
        type_:
        prompt: This is the prompt for the AI edge condition. It should evaluate to a boolean.
    """

    _schema: ClassVar[str] = "AIEdgeCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("prompt", "prompt"),
    )

    type_: Literal["ai"]
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

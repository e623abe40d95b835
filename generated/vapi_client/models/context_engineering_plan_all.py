from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ContextEngineeringPlanAll"]


@_attrs_define(repr=False)
class ContextEngineeringPlanAll(Model):
    """ContextEngineeringPlanAll

    Attributes:
        type_:
    """

    _schema: ClassVar[str] = "ContextEngineeringPlanAll"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type_"),)

    type_: Literal["all"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

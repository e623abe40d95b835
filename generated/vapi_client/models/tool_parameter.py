from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ToolParameter"]


@_attrs_define(repr=False)
class ToolParameter(Model):
    """ToolParameter

    Attributes:
        key: This is the key of the parameter.
        value: The value of the parameter. Any JSON type. String values support Liquid templates.
    """

    _schema: ClassVar[str] = "ToolParameter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("value", "value"),
    )

    key: str
    value: str | float | bool | dict[str, Any] | list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

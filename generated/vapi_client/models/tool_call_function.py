from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["ToolCallFunction"]


@_attrs_define(repr=False)
class ToolCallFunction(Model):
    """ToolCallFunction

    Attributes:
        arguments: This is the arguments to call the function with
        name: This is the name of the function to call
    """

    _schema: ClassVar[str] = "ToolCallFunction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("name", "name"),
    )

    arguments: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["CodeToolEnvironmentVariable"]


@_attrs_define(repr=False)
class CodeToolEnvironmentVariable(Model):
    """CodeToolEnvironmentVariable

    Attributes:
        name: Name of the environment variable
        value: Value of the environment variable. Supports Liquid templates.
    """

    _schema: ClassVar[str] = "CodeToolEnvironmentVariable"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("value", "value"),
    )

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ServerMessageToolCallFunction"]


@_attrs_define(repr=False)
class ServerMessageToolCallFunction(Model):
    """The function part of a tool call.

    Attributes:
        name: Name of the function to run.
        arguments: Arguments chosen by the model, shaped by the function's JSON schema.
    """

    _schema: ClassVar[str] = "ServerMessageToolCallFunction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("arguments", "arguments"),
    )

    name: str
    arguments: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

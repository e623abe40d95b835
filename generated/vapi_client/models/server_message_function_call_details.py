from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["ServerMessageFunctionCallDetails"]


@_attrs_define(repr=False)
class ServerMessageFunctionCallDetails(Model):
    """A function call requested by the model.

    Attributes:
        name: Name of the function to run.
        parameters: Arguments chosen by the model, shaped by the function's JSON schema.
    """

    _schema: ClassVar[str] = "ServerMessageFunctionCallDetails"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("parameters", "parameters"),
    )

    name: str
    parameters: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

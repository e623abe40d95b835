from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import JsonSchema


__all__ = ["OpenAIFunctionParameters"]


@_attrs_define(repr=False)
class OpenAIFunctionParameters(Model):
    """JSON schema object listing the arguments a function accepts.

    Attributes:
        type_: JSON type of the argument container, which is always an object.
        properties: Map from argument name to the schema of that argument.
        required: Names of the arguments the model must always supply.
    """

    _schema: ClassVar[str] = "OpenAIFunctionParameters"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("properties", "properties"),
        ("required", "required"),
    )

    type_: Literal["object"]
    properties: dict[str, JsonSchema]
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

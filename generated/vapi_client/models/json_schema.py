from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_type import JsonSchemaType


__all__ = ["JsonSchema"]


@_attrs_define(repr=False)
class JsonSchema(Model):
    """A JSON Schema fragment describing the shape of a value.

    Attributes:
        type_: Known values of JsonSchema.type.
        items: Schema of each element when the type is array.
        properties: Schemas of the named fields when the type is object.
        description: Explanation of what the value means, shown to the model.
        required: Names of the fields that must be present when the type is object.
    """

    _schema: ClassVar[str] = "JsonSchema"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("items", "items"),
        ("properties", "properties"),
        ("description", "description"),
        ("required", "required"),
    )

    type_: JsonSchemaType
    items: dict[str, Any] | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    description: str | Unset = UNSET
    required: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

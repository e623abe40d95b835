from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_format import JsonSchemaFormat
    from ..models.json_schema_type import JsonSchemaType


__all__ = ["JsonSchema"]


@_attrs_define(repr=False)
class JsonSchema(Model):
    """JsonSchema

    Attributes:
        type_:
        items:
        properties: This is required if the type is "object". This specifies the properties of the object. This is a map
            of property names to JsonSchema objects.
        description: This is the description to help the model understand what it needs to output.
        pattern: This is the pattern of the string. This is a regex that will be used to validate the data in
            question. To use a common format, use the `format` property instead.

            OpenAI documentation: https://platform.openai.com/docs/guides/structured-outputs#supported-
            properties
        format_:
        required: This is a list of properties that are required.

            This only makes sense if the type is "object".
        enum: This array specifies the allowed values that can be used to restrict the output of the model.
        title: This is the title of the schema.
    """

    _schema: ClassVar[str] = "JsonSchema"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("items", "items"),
        ("properties", "properties"),
        ("description", "description"),
        ("pattern", "pattern"),
        ("format", "format_"),
        ("required", "required"),
        ("enum", "enum"),
        ("title", "title"),
    )

    type_: JsonSchemaType
    items: JsonSchema | Unset = UNSET
    properties: dict[str, JsonSchema] | Unset = UNSET
    description: str | Unset = UNSET
    pattern: str | Unset = UNSET
    format_: JsonSchemaFormat | Unset = UNSET
    required: list[str] | Unset = UNSET
    enum: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

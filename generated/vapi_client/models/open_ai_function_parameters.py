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
    """OpenAIFunctionParameters

    Attributes:
        type_: This must be set to 'object'. It instructs the model to return a JSON object containing the function
            call properties.
        properties: This provides a description of the properties required by the function.
            JSON Schema can be used to specify expectations for each property.
            Refer to [this doc](https://ajv.js.org/json-schema.html#json-data-type) for a comprehensive guide on
            JSON Schema.
        required: This specifies the properties that are required by the function.
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

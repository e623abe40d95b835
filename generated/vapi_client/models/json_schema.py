# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_format import JsonSchemaFormat, _JsonSchemaFormatValues
    from ..models.json_schema_type import JsonSchemaType, _JsonSchemaTypeValues


__all__ = ["JsonSchema"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class JsonSchema(Model):
    """JsonSchema

    Attributes:
        type_: This is the type of output you'd like.

            `string`, `number`, `integer`, `boolean` are the primitive types and should be obvious.

            `array` and `object` are more interesting and quite powerful. They allow you to define nested
            structures.

            For `array`, you can define the schema of the items in the array using the `items` property.

            For `object`, you can define the properties of the object using the `properties` property.
        items: This is required if the type is "array". This is the schema of the items in the array. This is a
            recursive reference to JsonSchema.
        properties: This is required if the type is "object". This specifies the properties of the object. This is a map
            of property names to JsonSchema objects.
        description: This is the description to help the model understand what it needs to output.
        pattern: This is the pattern of the string. This is a regex that will be used to validate the data in
            question. To use a common format, use the `format` property instead.

            OpenAI documentation: https://platform.openai.com/docs/guides/structured-outputs#supported-
            properties
        format_: This is the format of the string. To pass a regex, use the `pattern` property instead.

            OpenAI documentation: https://platform.openai.com/docs/guides/structured-outputs?api-mode=chat&type-
            restrictions=string-restrictions
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

    type_: JsonSchemaType | _JsonSchemaTypeValues
    items: JsonSchema | Unset = UNSET
    properties: dict[str, JsonSchema] | Unset = UNSET
    description: str | Unset = UNSET
    pattern: str | Unset = UNSET
    format_: JsonSchemaFormat | _JsonSchemaFormatValues | Unset = UNSET
    required: list[str] | Unset = UNSET
    enum: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_JsonSchema_items_6 = _h.Items(("model", "JsonSchema"))


def _load_JsonSchema(data: dict[str, Any], strict: bool) -> JsonSchema | dict[str, Any]:
    """JsonSchema from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = _MEMBERS["JsonSchemaType"].get(v, _S) if type(v) is str else _S
        if p0 is _S and type(v) is str and True:
            p0 = _h.open_member("JsonSchemaType", v)
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "items" in data:
        v = data["items"]
        p1 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("JsonSchema", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "properties" in data:
        v = data["properties"]
        if type(v) is dict:
            resume5 = False
            out3: dict[str, Any] = {}
            for k4, e1 in v.items():
                x2 = _FAST["JsonSchema"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("JsonSchema", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3[k4] = x2
            p2 = _R(_JsonSchema_items_6, out3) if resume5 else out3
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "pattern" in data:
        v = data["pattern"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "format" in data:
        v = data["format"]
        p5 = _MEMBERS["JsonSchemaFormat"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and True:
            p5 = _h.open_member("JsonSchemaFormat", v)
        if p5 is _S:
            slow = True
    if "required" in data:
        v = data["required"]
        p6 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p6 is _S:
            slow = True
    if "enum" in data:
        v = data["enum"]
        p7 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p7 is _S:
            slow = True
    if "title" in data:
        v = data["title"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_JsonSchema:
            return JsonSchema(p0, p1, p2, p3, p4, p5, p6, p7, p8)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = JsonSchema(p0, p1, p2, p3, p4, p5, p6, p7, p8)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_JsonSchema}
            return obj
    return {
        "type": p0,
        "items": p1,
        "properties": p2,
        "description": p3,
        "pattern": p4,
        "format": p5,
        "required": p6,
        "enum": p7,
        "title": p8,
    }


_KNOWN_JsonSchema = frozenset(
    ("type", "items", "properties", "description", "pattern", "format", "required", "enum", "title")
)


def _to_dict_JsonSchema(self: JsonSchema) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.items
    if v is not UNSET:
        out["items"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.properties
    if v is not UNSET:
        out["properties"] = (
            {k7: i8.to_dict() if hasattr(i8, "to_dict") else _h.fresh(i8) for k7, i8 in v.items()}
            if type(v) is dict
            else _h.fresh(v)
        )
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pattern
    if v is not UNSET:
        out["pattern"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.format_
    if v is not UNSET:
        out["format"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.required
    if v is not UNSET:
        out["required"] = _h.fresh(v)
    v = self.enum
    if v is not UNSET:
        out["enum"] = _h.fresh(v)
    v = self.title
    if v is not UNSET:
        out["title"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


JsonSchema._fast_load = _load_JsonSchema
setattr(JsonSchema, "to_dict", _to_dict_JsonSchema)  # noqa: B010 - replaces Model.to_dict

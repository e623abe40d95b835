from .._enums import OpenEnum

__all__ = ["JsonSchemaType"]


class JsonSchemaType(OpenEnum):
    """Known values of JsonSchemaType; any other string parses too (see OpenEnum)."""

    STRING = "string"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    ARRAY = "array"
    OBJECT = "object"

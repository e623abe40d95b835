# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["JsonSchemaType"]


class JsonSchemaType(OpenEnum):
    """Known values of JsonSchemaType; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        STRING = "string"
        NUMBER = "number"
        INTEGER = "integer"
        BOOLEAN = "boolean"
        ARRAY = "array"
        OBJECT = "object"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    JsonSchemaType,
    (
        ("STRING", "string"),
        ("NUMBER", "number"),
        ("INTEGER", "integer"),
        ("BOOLEAN", "boolean"),
        ("ARRAY", "array"),
        ("OBJECT", "object"),
    ),
)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["JsonSchemaFormat"]


class JsonSchemaFormat(OpenEnum):
    """Known values of JsonSchemaFormat; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        DATE_TIME = "date-time"
        TIME = "time"
        DATE = "date"
        DURATION = "duration"
        EMAIL = "email"
        HOSTNAME = "hostname"
        IPV4 = "ipv4"
        IPV6 = "ipv6"
        UUID = "uuid"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_JsonSchemaFormatValues: TypeAlias = Literal[
    "date-time",
    "time",
    "date",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "uuid",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    JsonSchemaFormat,
    (
        ("DATE_TIME", "date-time"),
        ("TIME", "time"),
        ("DATE", "date"),
        ("DURATION", "duration"),
        ("EMAIL", "email"),
        ("HOSTNAME", "hostname"),
        ("IPV4", "ipv4"),
        ("IPV6", "ipv6"),
        ("UUID", "uuid"),
    ),
)

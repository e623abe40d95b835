# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FormatPlanFormattersEnabled"]


class FormatPlanFormattersEnabled(OpenEnum):
    """Known values of FormatPlanFormattersEnabled; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MARKDOWN = "markdown"
        ASTERISK = "asterisk"
        QUOTE = "quote"
        DASH = "dash"
        NEWLINE = "newline"
        COLON = "colon"
        ACRONYM = "acronym"
        DOLLARAMOUNT = "dollarAmount"
        EMAIL = "email"
        DATE = "date"
        TIME = "time"
        DISTANCE = "distance"
        UNIT = "unit"
        PERCENTAGE = "percentage"
        PHONENUMBER = "phoneNumber"
        NUMBER = "number"
        STRIPASTERISK = "stripAsterisk"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FormatPlanFormattersEnabledValues: TypeAlias = Literal[
    "markdown",
    "asterisk",
    "quote",
    "dash",
    "newline",
    "colon",
    "acronym",
    "dollarAmount",
    "email",
    "date",
    "time",
    "distance",
    "unit",
    "percentage",
    "phoneNumber",
    "number",
    "stripAsterisk",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FormatPlanFormattersEnabled,
    (
        ("MARKDOWN", "markdown"),
        ("ASTERISK", "asterisk"),
        ("QUOTE", "quote"),
        ("DASH", "dash"),
        ("NEWLINE", "newline"),
        ("COLON", "colon"),
        ("ACRONYM", "acronym"),
        ("DOLLARAMOUNT", "dollarAmount"),
        ("EMAIL", "email"),
        ("DATE", "date"),
        ("TIME", "time"),
        ("DISTANCE", "distance"),
        ("UNIT", "unit"),
        ("PERCENTAGE", "percentage"),
        ("PHONENUMBER", "phoneNumber"),
        ("NUMBER", "number"),
        ("STRIPASTERISK", "stripAsterisk"),
    ),
)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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

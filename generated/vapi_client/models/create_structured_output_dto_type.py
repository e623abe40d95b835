# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["CreateStructuredOutputDTOType"]


class CreateStructuredOutputDTOType(OpenEnum):
    """Known values of CreateStructuredOutputDTOType; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AI = "ai"
        REGEX = "regex"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CreateStructuredOutputDTOType,
    (
        ("AI", "ai"),
        ("REGEX", "regex"),
    ),
)

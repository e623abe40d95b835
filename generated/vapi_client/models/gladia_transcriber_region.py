from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["GladiaTranscriberRegion"]


class GladiaTranscriberRegion(OpenEnum):
    """Known values of GladiaTranscriberRegion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        US_WEST = "us-west"
        EU_WEST = "eu-west"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    GladiaTranscriberRegion,
    (
        ("US_WEST", "us-west"),
        ("EU_WEST", "eu-west"),
    ),
)

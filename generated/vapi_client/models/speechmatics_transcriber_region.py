from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["SpeechmaticsTranscriberRegion"]


class SpeechmaticsTranscriberRegion(OpenEnum):
    """Known values of SpeechmaticsTranscriberRegion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EU = "eu"
        US = "us"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    SpeechmaticsTranscriberRegion,
    (
        ("EU", "eu"),
        ("US", "us"),
    ),
)

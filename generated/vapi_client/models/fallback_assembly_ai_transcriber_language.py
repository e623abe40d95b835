from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["FallbackAssemblyAITranscriberLanguage"]


class FallbackAssemblyAITranscriberLanguage(OpenEnum):
    """Known values of FallbackAssemblyAITranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MULTI = "multi"
        EN = "en"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackAssemblyAITranscriberLanguage,
    (
        ("MULTI", "multi"),
        ("EN", "en"),
    ),
)

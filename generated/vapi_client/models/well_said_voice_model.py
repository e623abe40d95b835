from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["WellSaidVoiceModel"]


class WellSaidVoiceModel(OpenEnum):
    """Known values of WellSaidVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CARUSO = "caruso"
        LEGACY = "legacy"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    WellSaidVoiceModel,
    (
        ("CARUSO", "caruso"),
        ("LEGACY", "legacy"),
    ),
)

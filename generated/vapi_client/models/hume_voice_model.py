from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["HumeVoiceModel"]


class HumeVoiceModel(OpenEnum):
    """Known values of HumeVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        OCTAVE = "octave"
        OCTAVE2 = "octave2"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    HumeVoiceModel,
    (
        ("OCTAVE", "octave"),
        ("OCTAVE2", "octave2"),
    ),
)

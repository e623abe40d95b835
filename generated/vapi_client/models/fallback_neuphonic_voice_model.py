# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackNeuphonicVoiceModel"]


class FallbackNeuphonicVoiceModel(OpenEnum):
    """Known values of FallbackNeuphonicVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        NEU_HQ = "neu_hq"
        NEU_FAST = "neu_fast"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackNeuphonicVoiceModel,
    (
        ("NEU_HQ", "neu_hq"),
        ("NEU_FAST", "neu_fast"),
    ),
)


NeuphonicVoiceModel = FallbackNeuphonicVoiceModel  # a locked name of this class (names lock)

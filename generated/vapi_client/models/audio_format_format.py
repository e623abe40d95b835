# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AudioFormatFormat"]


class AudioFormatFormat(OpenEnum):
    """Known values of AudioFormatFormat; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        PCM_S16LE = "pcm_s16le"
        MULAW = "mulaw"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AudioFormatFormatValues: TypeAlias = Literal[
    "pcm_s16le",
    "mulaw",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AudioFormatFormat,
    (
        ("PCM_S16LE", "pcm_s16le"),
        ("MULAW", "mulaw"),
    ),
)

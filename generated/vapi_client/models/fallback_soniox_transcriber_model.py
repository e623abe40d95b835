# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackSonioxTranscriberModel"]


class FallbackSonioxTranscriberModel(OpenEnum):
    """Known values of FallbackSonioxTranscriberModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        STT_RT_V4 = "stt-rt-v4"
        STT_RT_V5 = "stt-rt-v5"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackSonioxTranscriberModelValues: TypeAlias = Literal[
    "stt-rt-v4",
    "stt-rt-v5",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackSonioxTranscriberModel,
    (
        ("STT_RT_V4", "stt-rt-v4"),
        ("STT_RT_V5", "stt-rt-v5"),
    ),
)


SonioxTranscriberModel = FallbackSonioxTranscriberModel  # a locked name of this class (names lock)

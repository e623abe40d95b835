# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["ElevenLabsTranscriberModel"]


class ElevenLabsTranscriberModel(OpenEnum):
    """Known values of ElevenLabsTranscriberModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        SCRIBE_V1 = "scribe_v1"
        SCRIBE_V2 = "scribe_v2"
        SCRIBE_V2_REALTIME = "scribe_v2_realtime"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_ElevenLabsTranscriberModelValues: TypeAlias = Literal[
    "scribe_v1",
    "scribe_v2",
    "scribe_v2_realtime",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    ElevenLabsTranscriberModel,
    (
        ("SCRIBE_V1", "scribe_v1"),
        ("SCRIBE_V2", "scribe_v2"),
        ("SCRIBE_V2_REALTIME", "scribe_v2_realtime"),
    ),
)


FallbackElevenLabsTranscriberModel = ElevenLabsTranscriberModel  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackPlayHTVoiceModel"]


class FallbackPlayHTVoiceModel(OpenEnum):
    """Known values of FallbackPlayHTVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        PLAYHT2_0 = "PlayHT2.0"
        PLAYHT2_0_TURBO = "PlayHT2.0-turbo"
        PLAY3_0_MINI = "Play3.0-mini"
        PLAYDIALOG = "PlayDialog"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackPlayHTVoiceModelValues: TypeAlias = Literal[
    "PlayHT2.0",
    "PlayHT2.0-turbo",
    "Play3.0-mini",
    "PlayDialog",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackPlayHTVoiceModel,
    (
        ("PLAYHT2_0", "PlayHT2.0"),
        ("PLAYHT2_0_TURBO", "PlayHT2.0-turbo"),
        ("PLAY3_0_MINI", "Play3.0-mini"),
        ("PLAYDIALOG", "PlayDialog"),
    ),
)


PlayHTVoiceModel = FallbackPlayHTVoiceModel  # a locked name of this class (names lock)

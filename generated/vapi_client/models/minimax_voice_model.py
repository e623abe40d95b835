# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["MinimaxVoiceModel"]


class MinimaxVoiceModel(OpenEnum):
    """Known values of MinimaxVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        SPEECH_02_HD = "speech-02-hd"
        SPEECH_02_TURBO = "speech-02-turbo"
        SPEECH_2_5_TURBO_PREVIEW = "speech-2.5-turbo-preview"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_MinimaxVoiceModelValues: TypeAlias = Literal[
    "speech-02-hd",
    "speech-02-turbo",
    "speech-2.5-turbo-preview",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    MinimaxVoiceModel,
    (
        ("SPEECH_02_HD", "speech-02-hd"),
        ("SPEECH_02_TURBO", "speech-02-turbo"),
        ("SPEECH_2_5_TURBO_PREVIEW", "speech-2.5-turbo-preview"),
    ),
)

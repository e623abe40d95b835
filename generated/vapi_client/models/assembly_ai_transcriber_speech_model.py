# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssemblyAITranscriberSpeechModel"]


class AssemblyAITranscriberSpeechModel(OpenEnum):
    """Known values of AssemblyAITranscriberSpeechModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        UNIVERSAL_STREAMING_ENGLISH = "universal-streaming-english"
        UNIVERSAL_STREAMING_MULTILINGUAL = "universal-streaming-multilingual"
        UNIVERSAL_3_5_PRO = "universal-3-5-pro"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssemblyAITranscriberSpeechModelValues: TypeAlias = Literal[
    "universal-streaming-english",
    "universal-streaming-multilingual",
    "universal-3-5-pro",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssemblyAITranscriberSpeechModel,
    (
        ("UNIVERSAL_STREAMING_ENGLISH", "universal-streaming-english"),
        ("UNIVERSAL_STREAMING_MULTILINGUAL", "universal-streaming-multilingual"),
        ("UNIVERSAL_3_5_PRO", "universal-3-5-pro"),
    ),
)


FallbackAssemblyAITranscriberSpeechModel = AssemblyAITranscriberSpeechModel  # a locked name of this class (names lock)

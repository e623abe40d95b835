# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackOpenAITranscriberModel"]


class FallbackOpenAITranscriberModel(OpenEnum):
    """Known values of FallbackOpenAITranscriberModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        GPT_4O_TRANSCRIBE = "gpt-4o-transcribe"
        GPT_4O_MINI_TRANSCRIBE = "gpt-4o-mini-transcribe"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackOpenAITranscriberModelValues: TypeAlias = Literal[
    "gpt-4o-transcribe",
    "gpt-4o-mini-transcribe",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackOpenAITranscriberModel,
    (
        ("GPT_4O_TRANSCRIBE", "gpt-4o-transcribe"),
        ("GPT_4O_MINI_TRANSCRIBE", "gpt-4o-mini-transcribe"),
    ),
)


OpenAITranscriberModel = FallbackOpenAITranscriberModel  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackOpenAIVoiceVoiceId"]


class FallbackOpenAIVoiceVoiceId(OpenEnum):
    """Known values of FallbackOpenAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ALLOY = "alloy"
        ECHO = "echo"
        FABLE = "fable"
        ONYX = "onyx"
        NOVA = "nova"
        SHIMMER = "shimmer"
        MARIN = "marin"
        CEDAR = "cedar"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackOpenAIVoiceVoiceId,
    (
        ("ALLOY", "alloy"),
        ("ECHO", "echo"),
        ("FABLE", "fable"),
        ("ONYX", "onyx"),
        ("NOVA", "nova"),
        ("SHIMMER", "shimmer"),
        ("MARIN", "marin"),
        ("CEDAR", "cedar"),
    ),
)


OpenAIVoiceVoiceId = FallbackOpenAIVoiceVoiceId  # a locked name of this class (names lock)

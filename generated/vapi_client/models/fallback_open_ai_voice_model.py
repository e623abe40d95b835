# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackOpenAIVoiceModel"]


class FallbackOpenAIVoiceModel(OpenEnum):
    """Known values of FallbackOpenAIVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        TTS_1 = "tts-1"
        TTS_1_HD = "tts-1-hd"
        GPT_4O_MINI_TTS = "gpt-4o-mini-tts"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackOpenAIVoiceModelValues: TypeAlias = Literal[
    "tts-1",
    "tts-1-hd",
    "gpt-4o-mini-tts",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackOpenAIVoiceModel,
    (
        ("TTS_1", "tts-1"),
        ("TTS_1_HD", "tts-1-hd"),
        ("GPT_4O_MINI_TTS", "gpt-4o-mini-tts"),
    ),
)


OpenAIVoiceModel = FallbackOpenAIVoiceModel  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["ElevenLabsVoiceModel"]


class ElevenLabsVoiceModel(OpenEnum):
    """Known values of ElevenLabsVoiceModel; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ELEVEN_MULTILINGUAL_V2 = "eleven_multilingual_v2"
        ELEVEN_TURBO_V2 = "eleven_turbo_v2"
        ELEVEN_TURBO_V2_5 = "eleven_turbo_v2_5"
        ELEVEN_FLASH_V2 = "eleven_flash_v2"
        ELEVEN_FLASH_V2_5 = "eleven_flash_v2_5"
        ELEVEN_MONOLINGUAL_V1 = "eleven_monolingual_v1"
        ELEVEN_V3 = "eleven_v3"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_ElevenLabsVoiceModelValues: TypeAlias = Literal[
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_monolingual_v1",
    "eleven_v3",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    ElevenLabsVoiceModel,
    (
        ("ELEVEN_MULTILINGUAL_V2", "eleven_multilingual_v2"),
        ("ELEVEN_TURBO_V2", "eleven_turbo_v2"),
        ("ELEVEN_TURBO_V2_5", "eleven_turbo_v2_5"),
        ("ELEVEN_FLASH_V2", "eleven_flash_v2"),
        ("ELEVEN_FLASH_V2_5", "eleven_flash_v2_5"),
        ("ELEVEN_MONOLINGUAL_V1", "eleven_monolingual_v1"),
        ("ELEVEN_V3", "eleven_v3"),
    ),
)


FallbackElevenLabsVoiceModel = ElevenLabsVoiceModel  # a locked name of this class (names lock)

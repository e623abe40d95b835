# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["GeminiMultimodalLivePrebuiltVoiceConfigVoiceName"]


class GeminiMultimodalLivePrebuiltVoiceConfigVoiceName(OpenEnum):
    """Known values of GeminiMultimodalLivePrebuiltVoiceConfigVoiceName; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        PUCK = "Puck"
        CHARON = "Charon"
        KORE = "Kore"
        FENRIR = "Fenrir"
        AOEDE = "Aoede"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_GeminiMultimodalLivePrebuiltVoiceConfigVoiceNameValues: TypeAlias = Literal[
    "Puck",
    "Charon",
    "Kore",
    "Fenrir",
    "Aoede",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    GeminiMultimodalLivePrebuiltVoiceConfigVoiceName,
    (
        ("PUCK", "Puck"),
        ("CHARON", "Charon"),
        ("KORE", "Kore"),
        ("FENRIR", "Fenrir"),
        ("AOEDE", "Aoede"),
    ),
)

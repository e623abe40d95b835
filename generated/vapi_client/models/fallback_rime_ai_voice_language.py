# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackRimeAIVoiceLanguage"]


class FallbackRimeAIVoiceLanguage(OpenEnum):
    """Known values of FallbackRimeAIVoiceLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EN = "en"
        ES = "es"
        DE = "de"
        FR = "fr"
        AR = "ar"
        HI = "hi"
        JA = "ja"
        HE = "he"
        PT = "pt"
        TA = "ta"
        SI = "si"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackRimeAIVoiceLanguageValues: TypeAlias = Literal[
    "en",
    "es",
    "de",
    "fr",
    "ar",
    "hi",
    "ja",
    "he",
    "pt",
    "ta",
    "si",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackRimeAIVoiceLanguage,
    (
        ("EN", "en"),
        ("ES", "es"),
        ("DE", "de"),
        ("FR", "fr"),
        ("AR", "ar"),
        ("HI", "hi"),
        ("JA", "ja"),
        ("HE", "he"),
        ("PT", "pt"),
        ("TA", "ta"),
        ("SI", "si"),
    ),
)


RimeAIVoiceLanguage = FallbackRimeAIVoiceLanguage  # a locked name of this class (names lock)

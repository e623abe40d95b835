# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackInworldVoiceLanguageCode"]


class FallbackInworldVoiceLanguageCode(OpenEnum):
    """Known values of FallbackInworldVoiceLanguageCode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EN = "en"
        ZH = "zh"
        KO = "ko"
        NL = "nl"
        FR = "fr"
        ES = "es"
        JA = "ja"
        DE = "de"
        IT = "it"
        PL = "pl"
        PT = "pt"
        RU = "ru"
        HI = "hi"
        HE = "he"
        AR = "ar"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackInworldVoiceLanguageCodeValues: TypeAlias = Literal[
    "en",
    "zh",
    "ko",
    "nl",
    "fr",
    "es",
    "ja",
    "de",
    "it",
    "pl",
    "pt",
    "ru",
    "hi",
    "he",
    "ar",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackInworldVoiceLanguageCode,
    (
        ("EN", "en"),
        ("ZH", "zh"),
        ("KO", "ko"),
        ("NL", "nl"),
        ("FR", "fr"),
        ("ES", "es"),
        ("JA", "ja"),
        ("DE", "de"),
        ("IT", "it"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("RU", "ru"),
        ("HI", "hi"),
        ("HE", "he"),
        ("AR", "ar"),
    ),
)


InworldVoiceLanguageCode = FallbackInworldVoiceLanguageCode  # a locked name of this class (names lock)

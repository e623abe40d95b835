# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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

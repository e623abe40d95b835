# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssemblyAITranscriberLanguageCodes"]


class AssemblyAITranscriberLanguageCodes(OpenEnum):
    """Known values of AssemblyAITranscriberLanguageCodes; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EN = "en"
        ES = "es"
        FR = "fr"
        DE = "de"
        IT = "it"
        PT = "pt"
        TR = "tr"
        NL = "nl"
        SV = "sv"
        NO = "no"
        DA = "da"
        FI = "fi"
        HI = "hi"
        VI = "vi"
        AR = "ar"
        HE = "he"
        JA = "ja"
        ZH = "zh"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssemblyAITranscriberLanguageCodesValues: TypeAlias = Literal[
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "tr",
    "nl",
    "sv",
    "no",
    "da",
    "fi",
    "hi",
    "vi",
    "ar",
    "he",
    "ja",
    "zh",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssemblyAITranscriberLanguageCodes,
    (
        ("EN", "en"),
        ("ES", "es"),
        ("FR", "fr"),
        ("DE", "de"),
        ("IT", "it"),
        ("PT", "pt"),
        ("TR", "tr"),
        ("NL", "nl"),
        ("SV", "sv"),
        ("NO", "no"),
        ("DA", "da"),
        ("FI", "fi"),
        ("HI", "hi"),
        ("VI", "vi"),
        ("AR", "ar"),
        ("HE", "he"),
        ("JA", "ja"),
        ("ZH", "zh"),
    ),
)


FallbackAssemblyAITranscriberLanguageCodes = (
    AssemblyAITranscriberLanguageCodes  # a locked name of this class (names lock)
)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackOpenAITranscriberLanguage"]


class FallbackOpenAITranscriberLanguage(OpenEnum):
    """Known values of FallbackOpenAITranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AF = "af"
        AR = "ar"
        HY = "hy"
        AZ = "az"
        BE = "be"
        BS = "bs"
        BG = "bg"
        CA = "ca"
        ZH = "zh"
        HR = "hr"
        CS = "cs"
        DA = "da"
        NL = "nl"
        EN = "en"
        ET = "et"
        FI = "fi"
        FR = "fr"
        GL = "gl"
        DE = "de"
        EL = "el"
        HE = "he"
        HI = "hi"
        HU = "hu"
        IS = "is"
        ID = "id"
        IT = "it"
        JA = "ja"
        KN = "kn"
        KK = "kk"
        KO = "ko"
        LV = "lv"
        LT = "lt"
        MK = "mk"
        MS = "ms"
        MR = "mr"
        MI = "mi"
        NE = "ne"
        NO = "no"
        FA = "fa"
        PL = "pl"
        PT = "pt"
        RO = "ro"
        RU = "ru"
        SR = "sr"
        SK = "sk"
        SL = "sl"
        ES = "es"
        SW = "sw"
        SV = "sv"
        TL = "tl"
        TA = "ta"
        TH = "th"
        TR = "tr"
        UK = "uk"
        UR = "ur"
        VI = "vi"
        CY = "cy"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackOpenAITranscriberLanguageValues: TypeAlias = Literal[
    "af",
    "ar",
    "hy",
    "az",
    "be",
    "bs",
    "bg",
    "ca",
    "zh",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "et",
    "fi",
    "fr",
    "gl",
    "de",
    "el",
    "he",
    "hi",
    "hu",
    "is",
    "id",
    "it",
    "ja",
    "kn",
    "kk",
    "ko",
    "lv",
    "lt",
    "mk",
    "ms",
    "mr",
    "mi",
    "ne",
    "no",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sr",
    "sk",
    "sl",
    "es",
    "sw",
    "sv",
    "tl",
    "ta",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
    "cy",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackOpenAITranscriberLanguage,
    (
        ("AF", "af"),
        ("AR", "ar"),
        ("HY", "hy"),
        ("AZ", "az"),
        ("BE", "be"),
        ("BS", "bs"),
        ("BG", "bg"),
        ("CA", "ca"),
        ("ZH", "zh"),
        ("HR", "hr"),
        ("CS", "cs"),
        ("DA", "da"),
        ("NL", "nl"),
        ("EN", "en"),
        ("ET", "et"),
        ("FI", "fi"),
        ("FR", "fr"),
        ("GL", "gl"),
        ("DE", "de"),
        ("EL", "el"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HU", "hu"),
        ("IS", "is"),
        ("ID", "id"),
        ("IT", "it"),
        ("JA", "ja"),
        ("KN", "kn"),
        ("KK", "kk"),
        ("KO", "ko"),
        ("LV", "lv"),
        ("LT", "lt"),
        ("MK", "mk"),
        ("MS", "ms"),
        ("MR", "mr"),
        ("MI", "mi"),
        ("NE", "ne"),
        ("NO", "no"),
        ("FA", "fa"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("SR", "sr"),
        ("SK", "sk"),
        ("SL", "sl"),
        ("ES", "es"),
        ("SW", "sw"),
        ("SV", "sv"),
        ("TL", "tl"),
        ("TA", "ta"),
        ("TH", "th"),
        ("TR", "tr"),
        ("UK", "uk"),
        ("UR", "ur"),
        ("VI", "vi"),
        ("CY", "cy"),
    ),
)


OpenAITranscriberLanguage = FallbackOpenAITranscriberLanguage  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackSpeechmaticsTranscriberLanguage"]


class FallbackSpeechmaticsTranscriberLanguage(OpenEnum):
    """Known values of FallbackSpeechmaticsTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AUTO = "auto"
        AR = "ar"
        AR_EN = "ar_en"
        BA = "ba"
        EU = "eu"
        BE = "be"
        BN = "bn"
        BG = "bg"
        YUE = "yue"
        CA = "ca"
        HR = "hr"
        CS = "cs"
        DA = "da"
        NL = "nl"
        EN = "en"
        EO = "eo"
        ET = "et"
        FI = "fi"
        FR = "fr"
        GL = "gl"
        DE = "de"
        EL = "el"
        HE = "he"
        HI = "hi"
        HU = "hu"
        ID = "id"
        IA = "ia"
        GA = "ga"
        IT = "it"
        JA = "ja"
        KO = "ko"
        LV = "lv"
        LT = "lt"
        MS = "ms"
        EN_MS = "en_ms"
        MT = "mt"
        CMN = "cmn"
        CMN_EN = "cmn_en"
        MR = "mr"
        MN = "mn"
        NO = "no"
        FA = "fa"
        PL = "pl"
        PT = "pt"
        RO = "ro"
        RU = "ru"
        SK = "sk"
        SL = "sl"
        ES = "es"
        EN_ES = "en_es"
        SW = "sw"
        SV = "sv"
        TL = "tl"
        TA = "ta"
        EN_TA = "en_ta"
        TH = "th"
        TR = "tr"
        UK = "uk"
        UR = "ur"
        UG = "ug"
        VI = "vi"
        CY = "cy"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackSpeechmaticsTranscriberLanguageValues: TypeAlias = Literal[
    "auto",
    "ar",
    "ar_en",
    "ba",
    "eu",
    "be",
    "bn",
    "bg",
    "yue",
    "ca",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "eo",
    "et",
    "fi",
    "fr",
    "gl",
    "de",
    "el",
    "he",
    "hi",
    "hu",
    "id",
    "ia",
    "ga",
    "it",
    "ja",
    "ko",
    "lv",
    "lt",
    "ms",
    "en_ms",
    "mt",
    "cmn",
    "cmn_en",
    "mr",
    "mn",
    "no",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sk",
    "sl",
    "es",
    "en_es",
    "sw",
    "sv",
    "tl",
    "ta",
    "en_ta",
    "th",
    "tr",
    "uk",
    "ur",
    "ug",
    "vi",
    "cy",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackSpeechmaticsTranscriberLanguage,
    (
        ("AUTO", "auto"),
        ("AR", "ar"),
        ("AR_EN", "ar_en"),
        ("BA", "ba"),
        ("EU", "eu"),
        ("BE", "be"),
        ("BN", "bn"),
        ("BG", "bg"),
        ("YUE", "yue"),
        ("CA", "ca"),
        ("HR", "hr"),
        ("CS", "cs"),
        ("DA", "da"),
        ("NL", "nl"),
        ("EN", "en"),
        ("EO", "eo"),
        ("ET", "et"),
        ("FI", "fi"),
        ("FR", "fr"),
        ("GL", "gl"),
        ("DE", "de"),
        ("EL", "el"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HU", "hu"),
        ("ID", "id"),
        ("IA", "ia"),
        ("GA", "ga"),
        ("IT", "it"),
        ("JA", "ja"),
        ("KO", "ko"),
        ("LV", "lv"),
        ("LT", "lt"),
        ("MS", "ms"),
        ("EN_MS", "en_ms"),
        ("MT", "mt"),
        ("CMN", "cmn"),
        ("CMN_EN", "cmn_en"),
        ("MR", "mr"),
        ("MN", "mn"),
        ("NO", "no"),
        ("FA", "fa"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("SK", "sk"),
        ("SL", "sl"),
        ("ES", "es"),
        ("EN_ES", "en_es"),
        ("SW", "sw"),
        ("SV", "sv"),
        ("TL", "tl"),
        ("TA", "ta"),
        ("EN_TA", "en_ta"),
        ("TH", "th"),
        ("TR", "tr"),
        ("UK", "uk"),
        ("UR", "ur"),
        ("UG", "ug"),
        ("VI", "vi"),
        ("CY", "cy"),
    ),
)


SpeechmaticsTranscriberLanguage = FallbackSpeechmaticsTranscriberLanguage  # a locked name of this class (names lock)

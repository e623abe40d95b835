# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackGladiaTranscriberLanguage"]


class FallbackGladiaTranscriberLanguage(OpenEnum):
    """Known values of FallbackGladiaTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AF = "af"
        SQ = "sq"
        AM = "am"
        AR = "ar"
        HY = "hy"
        AS = "as"
        AZ = "az"
        BA = "ba"
        EU = "eu"
        BE = "be"
        BN = "bn"
        BS = "bs"
        BR = "br"
        BG = "bg"
        CA = "ca"
        ZH = "zh"
        HR = "hr"
        CS = "cs"
        DA = "da"
        NL = "nl"
        EN = "en"
        ET = "et"
        FO = "fo"
        FI = "fi"
        FR = "fr"
        GL = "gl"
        KA = "ka"
        DE = "de"
        EL = "el"
        GU = "gu"
        HT = "ht"
        HA = "ha"
        HAW = "haw"
        HE = "he"
        HI = "hi"
        HU = "hu"
        IS = "is"
        ID = "id"
        IT = "it"
        JA = "ja"
        JV = "jv"
        KN = "kn"
        KK = "kk"
        KM = "km"
        KO = "ko"
        LO = "lo"
        LA = "la"
        LV = "lv"
        LN = "ln"
        LT = "lt"
        LB = "lb"
        MK = "mk"
        MG = "mg"
        MS = "ms"
        ML = "ml"
        MT = "mt"
        MI = "mi"
        MR = "mr"
        MN = "mn"
        MY = "my"
        NE = "ne"
        NO = "no"
        NN = "nn"
        OC = "oc"
        PS = "ps"
        FA = "fa"
        PL = "pl"
        PT = "pt"
        PA = "pa"
        RO = "ro"
        RU = "ru"
        SA = "sa"
        SR = "sr"
        SN = "sn"
        SD = "sd"
        SI = "si"
        SK = "sk"
        SL = "sl"
        SO = "so"
        ES = "es"
        SU = "su"
        SW = "sw"
        SV = "sv"
        TL = "tl"
        TG = "tg"
        TA = "ta"
        TT = "tt"
        TE = "te"
        TH = "th"
        BO = "bo"
        TR = "tr"
        TK = "tk"
        UK = "uk"
        UR = "ur"
        UZ = "uz"
        VI = "vi"
        CY = "cy"
        YI = "yi"
        YO = "yo"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackGladiaTranscriberLanguageValues: TypeAlias = Literal[
    "af",
    "sq",
    "am",
    "ar",
    "hy",
    "as",
    "az",
    "ba",
    "eu",
    "be",
    "bn",
    "bs",
    "br",
    "bg",
    "ca",
    "zh",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "et",
    "fo",
    "fi",
    "fr",
    "gl",
    "ka",
    "de",
    "el",
    "gu",
    "ht",
    "ha",
    "haw",
    "he",
    "hi",
    "hu",
    "is",
    "id",
    "it",
    "ja",
    "jv",
    "kn",
    "kk",
    "km",
    "ko",
    "lo",
    "la",
    "lv",
    "ln",
    "lt",
    "lb",
    "mk",
    "mg",
    "ms",
    "ml",
    "mt",
    "mi",
    "mr",
    "mn",
    "my",
    "ne",
    "no",
    "nn",
    "oc",
    "ps",
    "fa",
    "pl",
    "pt",
    "pa",
    "ro",
    "ru",
    "sa",
    "sr",
    "sn",
    "sd",
    "si",
    "sk",
    "sl",
    "so",
    "es",
    "su",
    "sw",
    "sv",
    "tl",
    "tg",
    "ta",
    "tt",
    "te",
    "th",
    "bo",
    "tr",
    "tk",
    "uk",
    "ur",
    "uz",
    "vi",
    "cy",
    "yi",
    "yo",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackGladiaTranscriberLanguage,
    (
        ("AF", "af"),
        ("SQ", "sq"),
        ("AM", "am"),
        ("AR", "ar"),
        ("HY", "hy"),
        ("AS", "as"),
        ("AZ", "az"),
        ("BA", "ba"),
        ("EU", "eu"),
        ("BE", "be"),
        ("BN", "bn"),
        ("BS", "bs"),
        ("BR", "br"),
        ("BG", "bg"),
        ("CA", "ca"),
        ("ZH", "zh"),
        ("HR", "hr"),
        ("CS", "cs"),
        ("DA", "da"),
        ("NL", "nl"),
        ("EN", "en"),
        ("ET", "et"),
        ("FO", "fo"),
        ("FI", "fi"),
        ("FR", "fr"),
        ("GL", "gl"),
        ("KA", "ka"),
        ("DE", "de"),
        ("EL", "el"),
        ("GU", "gu"),
        ("HT", "ht"),
        ("HA", "ha"),
        ("HAW", "haw"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HU", "hu"),
        ("IS", "is"),
        ("ID", "id"),
        ("IT", "it"),
        ("JA", "ja"),
        ("JV", "jv"),
        ("KN", "kn"),
        ("KK", "kk"),
        ("KM", "km"),
        ("KO", "ko"),
        ("LO", "lo"),
        ("LA", "la"),
        ("LV", "lv"),
        ("LN", "ln"),
        ("LT", "lt"),
        ("LB", "lb"),
        ("MK", "mk"),
        ("MG", "mg"),
        ("MS", "ms"),
        ("ML", "ml"),
        ("MT", "mt"),
        ("MI", "mi"),
        ("MR", "mr"),
        ("MN", "mn"),
        ("MY", "my"),
        ("NE", "ne"),
        ("NO", "no"),
        ("NN", "nn"),
        ("OC", "oc"),
        ("PS", "ps"),
        ("FA", "fa"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("PA", "pa"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("SA", "sa"),
        ("SR", "sr"),
        ("SN", "sn"),
        ("SD", "sd"),
        ("SI", "si"),
        ("SK", "sk"),
        ("SL", "sl"),
        ("SO", "so"),
        ("ES", "es"),
        ("SU", "su"),
        ("SW", "sw"),
        ("SV", "sv"),
        ("TL", "tl"),
        ("TG", "tg"),
        ("TA", "ta"),
        ("TT", "tt"),
        ("TE", "te"),
        ("TH", "th"),
        ("BO", "bo"),
        ("TR", "tr"),
        ("TK", "tk"),
        ("UK", "uk"),
        ("UR", "ur"),
        ("UZ", "uz"),
        ("VI", "vi"),
        ("CY", "cy"),
        ("YI", "yi"),
        ("YO", "yo"),
    ),
)


FallbackGladiaTranscriberLanguages = FallbackGladiaTranscriberLanguage  # a locked name of this class (names lock)


GladiaTranscriberLanguage = FallbackGladiaTranscriberLanguage  # a locked name of this class (names lock)


GladiaTranscriberLanguages = FallbackGladiaTranscriberLanguage  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackTalkscriberTranscriberLanguage"]


class FallbackTalkscriberTranscriberLanguage(OpenEnum):
    """Known values of FallbackTalkscriberTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EN = "en"
        ZH = "zh"
        DE = "de"
        ES = "es"
        RU = "ru"
        KO = "ko"
        FR = "fr"
        JA = "ja"
        PT = "pt"
        TR = "tr"
        PL = "pl"
        CA = "ca"
        NL = "nl"
        AR = "ar"
        SV = "sv"
        IT = "it"
        ID = "id"
        HI = "hi"
        FI = "fi"
        VI = "vi"
        HE = "he"
        UK = "uk"
        EL = "el"
        MS = "ms"
        CS = "cs"
        RO = "ro"
        DA = "da"
        HU = "hu"
        TA = "ta"
        NO = "no"
        TH = "th"
        UR = "ur"
        HR = "hr"
        BG = "bg"
        LT = "lt"
        LA = "la"
        MI = "mi"
        ML = "ml"
        CY = "cy"
        SK = "sk"
        TE = "te"
        FA = "fa"
        LV = "lv"
        BN = "bn"
        SR = "sr"
        AZ = "az"
        SL = "sl"
        KN = "kn"
        ET = "et"
        MK = "mk"
        BR = "br"
        EU = "eu"
        IS = "is"
        HY = "hy"
        NE = "ne"
        MN = "mn"
        BS = "bs"
        KK = "kk"
        SQ = "sq"
        SW = "sw"
        GL = "gl"
        MR = "mr"
        PA = "pa"
        SI = "si"
        KM = "km"
        SN = "sn"
        YO = "yo"
        SO = "so"
        AF = "af"
        OC = "oc"
        KA = "ka"
        BE = "be"
        TG = "tg"
        SD = "sd"
        GU = "gu"
        AM = "am"
        YI = "yi"
        LO = "lo"
        UZ = "uz"
        FO = "fo"
        HT = "ht"
        PS = "ps"
        TK = "tk"
        NN = "nn"
        MT = "mt"
        SA = "sa"
        LB = "lb"
        MY = "my"
        BO = "bo"
        TL = "tl"
        MG = "mg"
        AS = "as"
        TT = "tt"
        HAW = "haw"
        LN = "ln"
        HA = "ha"
        BA = "ba"
        JW = "jw"
        SU = "su"
        YUE = "yue"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackTalkscriberTranscriberLanguageValues: TypeAlias = Literal[
    "en",
    "zh",
    "de",
    "es",
    "ru",
    "ko",
    "fr",
    "ja",
    "pt",
    "tr",
    "pl",
    "ca",
    "nl",
    "ar",
    "sv",
    "it",
    "id",
    "hi",
    "fi",
    "vi",
    "he",
    "uk",
    "el",
    "ms",
    "cs",
    "ro",
    "da",
    "hu",
    "ta",
    "no",
    "th",
    "ur",
    "hr",
    "bg",
    "lt",
    "la",
    "mi",
    "ml",
    "cy",
    "sk",
    "te",
    "fa",
    "lv",
    "bn",
    "sr",
    "az",
    "sl",
    "kn",
    "et",
    "mk",
    "br",
    "eu",
    "is",
    "hy",
    "ne",
    "mn",
    "bs",
    "kk",
    "sq",
    "sw",
    "gl",
    "mr",
    "pa",
    "si",
    "km",
    "sn",
    "yo",
    "so",
    "af",
    "oc",
    "ka",
    "be",
    "tg",
    "sd",
    "gu",
    "am",
    "yi",
    "lo",
    "uz",
    "fo",
    "ht",
    "ps",
    "tk",
    "nn",
    "mt",
    "sa",
    "lb",
    "my",
    "bo",
    "tl",
    "mg",
    "as",
    "tt",
    "haw",
    "ln",
    "ha",
    "ba",
    "jw",
    "su",
    "yue",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackTalkscriberTranscriberLanguage,
    (
        ("EN", "en"),
        ("ZH", "zh"),
        ("DE", "de"),
        ("ES", "es"),
        ("RU", "ru"),
        ("KO", "ko"),
        ("FR", "fr"),
        ("JA", "ja"),
        ("PT", "pt"),
        ("TR", "tr"),
        ("PL", "pl"),
        ("CA", "ca"),
        ("NL", "nl"),
        ("AR", "ar"),
        ("SV", "sv"),
        ("IT", "it"),
        ("ID", "id"),
        ("HI", "hi"),
        ("FI", "fi"),
        ("VI", "vi"),
        ("HE", "he"),
        ("UK", "uk"),
        ("EL", "el"),
        ("MS", "ms"),
        ("CS", "cs"),
        ("RO", "ro"),
        ("DA", "da"),
        ("HU", "hu"),
        ("TA", "ta"),
        ("NO", "no"),
        ("TH", "th"),
        ("UR", "ur"),
        ("HR", "hr"),
        ("BG", "bg"),
        ("LT", "lt"),
        ("LA", "la"),
        ("MI", "mi"),
        ("ML", "ml"),
        ("CY", "cy"),
        ("SK", "sk"),
        ("TE", "te"),
        ("FA", "fa"),
        ("LV", "lv"),
        ("BN", "bn"),
        ("SR", "sr"),
        ("AZ", "az"),
        ("SL", "sl"),
        ("KN", "kn"),
        ("ET", "et"),
        ("MK", "mk"),
        ("BR", "br"),
        ("EU", "eu"),
        ("IS", "is"),
        ("HY", "hy"),
        ("NE", "ne"),
        ("MN", "mn"),
        ("BS", "bs"),
        ("KK", "kk"),
        ("SQ", "sq"),
        ("SW", "sw"),
        ("GL", "gl"),
        ("MR", "mr"),
        ("PA", "pa"),
        ("SI", "si"),
        ("KM", "km"),
        ("SN", "sn"),
        ("YO", "yo"),
        ("SO", "so"),
        ("AF", "af"),
        ("OC", "oc"),
        ("KA", "ka"),
        ("BE", "be"),
        ("TG", "tg"),
        ("SD", "sd"),
        ("GU", "gu"),
        ("AM", "am"),
        ("YI", "yi"),
        ("LO", "lo"),
        ("UZ", "uz"),
        ("FO", "fo"),
        ("HT", "ht"),
        ("PS", "ps"),
        ("TK", "tk"),
        ("NN", "nn"),
        ("MT", "mt"),
        ("SA", "sa"),
        ("LB", "lb"),
        ("MY", "my"),
        ("BO", "bo"),
        ("TL", "tl"),
        ("MG", "mg"),
        ("AS", "as"),
        ("TT", "tt"),
        ("HAW", "haw"),
        ("LN", "ln"),
        ("HA", "ha"),
        ("BA", "ba"),
        ("JW", "jw"),
        ("SU", "su"),
        ("YUE", "yue"),
    ),
)


TalkscriberTranscriberLanguage = FallbackTalkscriberTranscriberLanguage  # a locked name of this class (names lock)

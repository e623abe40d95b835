# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["DeepgramTranscriberLanguage"]


class DeepgramTranscriberLanguage(OpenEnum):
    """Known values of DeepgramTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AR = "ar"
        AZ = "az"
        BA = "ba"
        BE = "be"
        BG = "bg"
        BN = "bn"
        BR = "br"
        BS = "bs"
        CA = "ca"
        CS = "cs"
        DA = "da"
        DA_DK = "da-DK"
        DE = "de"
        DE_CH = "de-CH"
        EL = "el"
        EN = "en"
        EN_AU = "en-AU"
        EN_CA = "en-CA"
        EN_GB = "en-GB"
        EN_IE = "en-IE"
        EN_IN = "en-IN"
        EN_NZ = "en-NZ"
        EN_US = "en-US"
        ES = "es"
        ES_419 = "es-419"
        ES_LATAM = "es-LATAM"
        ET = "et"
        EU = "eu"
        FA = "fa"
        FI = "fi"
        FR = "fr"
        FR_CA = "fr-CA"
        HA = "ha"
        HAW = "haw"
        HE = "he"
        HI = "hi"
        HI_LATN = "hi-Latn"
        HR = "hr"
        HU = "hu"
        ID = "id"
        IS = "is"
        IT = "it"
        JA = "ja"
        JW = "jw"
        KN = "kn"
        KO = "ko"
        KO_KR = "ko-KR"
        LN = "ln"
        LT = "lt"
        LV = "lv"
        MK = "mk"
        MR = "mr"
        MS = "ms"
        MULTI = "multi"
        NL = "nl"
        NL_BE = "nl-BE"
        NO = "no"
        PL = "pl"
        PT = "pt"
        PT_BR = "pt-BR"
        PT_PT = "pt-PT"
        RO = "ro"
        RU = "ru"
        SK = "sk"
        SL = "sl"
        SN = "sn"
        SO = "so"
        SR = "sr"
        SU = "su"
        SV = "sv"
        SV_SE = "sv-SE"
        TA = "ta"
        TAQ = "taq"
        TE = "te"
        TH = "th"
        TH_TH = "th-TH"
        TL = "tl"
        TR = "tr"
        TT = "tt"
        UK = "uk"
        UR = "ur"
        VI = "vi"
        YO = "yo"
        ZH = "zh"
        ZH_CN = "zh-CN"
        ZH_HK = "zh-HK"
        ZH_HANS = "zh-Hans"
        ZH_HANT = "zh-Hant"
        ZH_TW = "zh-TW"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_DeepgramTranscriberLanguageValues: TypeAlias = Literal[
    "ar",
    "az",
    "ba",
    "be",
    "bg",
    "bn",
    "br",
    "bs",
    "ca",
    "cs",
    "da",
    "da-DK",
    "de",
    "de-CH",
    "el",
    "en",
    "en-AU",
    "en-CA",
    "en-GB",
    "en-IE",
    "en-IN",
    "en-NZ",
    "en-US",
    "es",
    "es-419",
    "es-LATAM",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "fr-CA",
    "ha",
    "haw",
    "he",
    "hi",
    "hi-Latn",
    "hr",
    "hu",
    "id",
    "is",
    "it",
    "ja",
    "jw",
    "kn",
    "ko",
    "ko-KR",
    "ln",
    "lt",
    "lv",
    "mk",
    "mr",
    "ms",
    "multi",
    "nl",
    "nl-BE",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "pt-PT",
    "ro",
    "ru",
    "sk",
    "sl",
    "sn",
    "so",
    "sr",
    "su",
    "sv",
    "sv-SE",
    "ta",
    "taq",
    "te",
    "th",
    "th-TH",
    "tl",
    "tr",
    "tt",
    "uk",
    "ur",
    "vi",
    "yo",
    "zh",
    "zh-CN",
    "zh-HK",
    "zh-Hans",
    "zh-Hant",
    "zh-TW",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    DeepgramTranscriberLanguage,
    (
        ("AR", "ar"),
        ("AZ", "az"),
        ("BA", "ba"),
        ("BE", "be"),
        ("BG", "bg"),
        ("BN", "bn"),
        ("BR", "br"),
        ("BS", "bs"),
        ("CA", "ca"),
        ("CS", "cs"),
        ("DA", "da"),
        ("DA_DK", "da-DK"),
        ("DE", "de"),
        ("DE_CH", "de-CH"),
        ("EL", "el"),
        ("EN", "en"),
        ("EN_AU", "en-AU"),
        ("EN_CA", "en-CA"),
        ("EN_GB", "en-GB"),
        ("EN_IE", "en-IE"),
        ("EN_IN", "en-IN"),
        ("EN_NZ", "en-NZ"),
        ("EN_US", "en-US"),
        ("ES", "es"),
        ("ES_419", "es-419"),
        ("ES_LATAM", "es-LATAM"),
        ("ET", "et"),
        ("EU", "eu"),
        ("FA", "fa"),
        ("FI", "fi"),
        ("FR", "fr"),
        ("FR_CA", "fr-CA"),
        ("HA", "ha"),
        ("HAW", "haw"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HI_LATN", "hi-Latn"),
        ("HR", "hr"),
        ("HU", "hu"),
        ("ID", "id"),
        ("IS", "is"),
        ("IT", "it"),
        ("JA", "ja"),
        ("JW", "jw"),
        ("KN", "kn"),
        ("KO", "ko"),
        ("KO_KR", "ko-KR"),
        ("LN", "ln"),
        ("LT", "lt"),
        ("LV", "lv"),
        ("MK", "mk"),
        ("MR", "mr"),
        ("MS", "ms"),
        ("MULTI", "multi"),
        ("NL", "nl"),
        ("NL_BE", "nl-BE"),
        ("NO", "no"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("PT_BR", "pt-BR"),
        ("PT_PT", "pt-PT"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("SK", "sk"),
        ("SL", "sl"),
        ("SN", "sn"),
        ("SO", "so"),
        ("SR", "sr"),
        ("SU", "su"),
        ("SV", "sv"),
        ("SV_SE", "sv-SE"),
        ("TA", "ta"),
        ("TAQ", "taq"),
        ("TE", "te"),
        ("TH", "th"),
        ("TH_TH", "th-TH"),
        ("TL", "tl"),
        ("TR", "tr"),
        ("TT", "tt"),
        ("UK", "uk"),
        ("UR", "ur"),
        ("VI", "vi"),
        ("YO", "yo"),
        ("ZH", "zh"),
        ("ZH_CN", "zh-CN"),
        ("ZH_HK", "zh-HK"),
        ("ZH_HANS", "zh-Hans"),
        ("ZH_HANT", "zh-Hant"),
        ("ZH_TW", "zh-TW"),
    ),
)


FallbackDeepgramTranscriberLanguage = DeepgramTranscriberLanguage  # a locked name of this class (names lock)

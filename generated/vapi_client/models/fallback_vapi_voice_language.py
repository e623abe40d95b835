# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackVapiVoiceLanguage"]


class FallbackVapiVoiceLanguage(OpenEnum):
    """Known values of FallbackVapiVoiceLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        EN_US = "en-US"
        EN_GB = "en-GB"
        EN_AU = "en-AU"
        EN_CA = "en-CA"
        JA = "ja"
        ZH = "zh"
        DE = "de"
        HI = "hi"
        FR_FR = "fr-FR"
        FR_CA = "fr-CA"
        KO = "ko"
        PT_BR = "pt-BR"
        PT_PT = "pt-PT"
        IT = "it"
        ES_ES = "es-ES"
        ES_MX = "es-MX"
        ID = "id"
        NL = "nl"
        TR = "tr"
        FIL = "fil"
        PL = "pl"
        SV = "sv"
        BG = "bg"
        RO = "ro"
        AR_SA = "ar-SA"
        AR_AE = "ar-AE"
        CS = "cs"
        EL = "el"
        FI = "fi"
        HR = "hr"
        MS = "ms"
        SK = "sk"
        DA = "da"
        TA = "ta"
        UK = "uk"
        RU = "ru"
        HU = "hu"
        NO = "no"
        VI = "vi"
        AUTO = "auto"
        EN = "en"
        AR = "ar"
        AR_EG = "ar-EG"
        BN = "bn"
        ES = "es"
        FR = "fr"
        GU = "gu"
        HE = "he"
        KA = "ka"
        KN = "kn"
        ML = "ml"
        MR = "mr"
        PA = "pa"
        PT = "pt"
        TE = "te"
        TH = "th"
        TL = "tl"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackVapiVoiceLanguageValues: TypeAlias = Literal[
    "en-US",
    "en-GB",
    "en-AU",
    "en-CA",
    "ja",
    "zh",
    "de",
    "hi",
    "fr-FR",
    "fr-CA",
    "ko",
    "pt-BR",
    "pt-PT",
    "it",
    "es-ES",
    "es-MX",
    "id",
    "nl",
    "tr",
    "fil",
    "pl",
    "sv",
    "bg",
    "ro",
    "ar-SA",
    "ar-AE",
    "cs",
    "el",
    "fi",
    "hr",
    "ms",
    "sk",
    "da",
    "ta",
    "uk",
    "ru",
    "hu",
    "no",
    "vi",
    "auto",
    "en",
    "ar",
    "ar-EG",
    "bn",
    "es",
    "fr",
    "gu",
    "he",
    "ka",
    "kn",
    "ml",
    "mr",
    "pa",
    "pt",
    "te",
    "th",
    "tl",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackVapiVoiceLanguage,
    (
        ("EN_US", "en-US"),
        ("EN_GB", "en-GB"),
        ("EN_AU", "en-AU"),
        ("EN_CA", "en-CA"),
        ("JA", "ja"),
        ("ZH", "zh"),
        ("DE", "de"),
        ("HI", "hi"),
        ("FR_FR", "fr-FR"),
        ("FR_CA", "fr-CA"),
        ("KO", "ko"),
        ("PT_BR", "pt-BR"),
        ("PT_PT", "pt-PT"),
        ("IT", "it"),
        ("ES_ES", "es-ES"),
        ("ES_MX", "es-MX"),
        ("ID", "id"),
        ("NL", "nl"),
        ("TR", "tr"),
        ("FIL", "fil"),
        ("PL", "pl"),
        ("SV", "sv"),
        ("BG", "bg"),
        ("RO", "ro"),
        ("AR_SA", "ar-SA"),
        ("AR_AE", "ar-AE"),
        ("CS", "cs"),
        ("EL", "el"),
        ("FI", "fi"),
        ("HR", "hr"),
        ("MS", "ms"),
        ("SK", "sk"),
        ("DA", "da"),
        ("TA", "ta"),
        ("UK", "uk"),
        ("RU", "ru"),
        ("HU", "hu"),
        ("NO", "no"),
        ("VI", "vi"),
        ("AUTO", "auto"),
        ("EN", "en"),
        ("AR", "ar"),
        ("AR_EG", "ar-EG"),
        ("BN", "bn"),
        ("ES", "es"),
        ("FR", "fr"),
        ("GU", "gu"),
        ("HE", "he"),
        ("KA", "ka"),
        ("KN", "kn"),
        ("ML", "ml"),
        ("MR", "mr"),
        ("PA", "pa"),
        ("PT", "pt"),
        ("TE", "te"),
        ("TH", "th"),
        ("TL", "tl"),
    ),
)


VapiVoiceLanguage = FallbackVapiVoiceLanguage  # a locked name of this class (names lock)

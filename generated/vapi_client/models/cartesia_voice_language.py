# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CartesiaVoiceLanguage"]


class CartesiaVoiceLanguage(OpenEnum):
    """Known values of CartesiaVoiceLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AR = "ar"
        BG = "bg"
        BN = "bn"
        CS = "cs"
        DA = "da"
        DE = "de"
        EL = "el"
        EN = "en"
        ES = "es"
        FI = "fi"
        FR = "fr"
        GU = "gu"
        HE = "he"
        HI = "hi"
        HR = "hr"
        HU = "hu"
        ID = "id"
        IT = "it"
        JA = "ja"
        KA = "ka"
        KN = "kn"
        KO = "ko"
        ML = "ml"
        MR = "mr"
        MS = "ms"
        NL = "nl"
        NO = "no"
        PA = "pa"
        PL = "pl"
        PT = "pt"
        RO = "ro"
        RU = "ru"
        SK = "sk"
        SV = "sv"
        TA = "ta"
        TE = "te"
        TH = "th"
        TL = "tl"
        TR = "tr"
        UK = "uk"
        VI = "vi"
        ZH = "zh"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CartesiaVoiceLanguageValues: TypeAlias = Literal[
    "ar",
    "bg",
    "bn",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fi",
    "fr",
    "gu",
    "he",
    "hi",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ka",
    "kn",
    "ko",
    "ml",
    "mr",
    "ms",
    "nl",
    "no",
    "pa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sk",
    "sv",
    "ta",
    "te",
    "th",
    "tl",
    "tr",
    "uk",
    "vi",
    "zh",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CartesiaVoiceLanguage,
    (
        ("AR", "ar"),
        ("BG", "bg"),
        ("BN", "bn"),
        ("CS", "cs"),
        ("DA", "da"),
        ("DE", "de"),
        ("EL", "el"),
        ("EN", "en"),
        ("ES", "es"),
        ("FI", "fi"),
        ("FR", "fr"),
        ("GU", "gu"),
        ("HE", "he"),
        ("HI", "hi"),
        ("HR", "hr"),
        ("HU", "hu"),
        ("ID", "id"),
        ("IT", "it"),
        ("JA", "ja"),
        ("KA", "ka"),
        ("KN", "kn"),
        ("KO", "ko"),
        ("ML", "ml"),
        ("MR", "mr"),
        ("MS", "ms"),
        ("NL", "nl"),
        ("NO", "no"),
        ("PA", "pa"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("SK", "sk"),
        ("SV", "sv"),
        ("TA", "ta"),
        ("TE", "te"),
        ("TH", "th"),
        ("TL", "tl"),
        ("TR", "tr"),
        ("UK", "uk"),
        ("VI", "vi"),
        ("ZH", "zh"),
    ),
)


FallbackCartesiaVoiceLanguage = CartesiaVoiceLanguage  # a locked name of this class (names lock)

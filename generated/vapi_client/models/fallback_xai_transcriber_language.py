# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackXaiTranscriberLanguage"]


class FallbackXaiTranscriberLanguage(OpenEnum):
    """Known values of FallbackXaiTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AR = "ar"
        CS = "cs"
        DA = "da"
        NL = "nl"
        EN = "en"
        FIL = "fil"
        FR = "fr"
        DE = "de"
        HI = "hi"
        ID = "id"
        IT = "it"
        JA = "ja"
        KO = "ko"
        MK = "mk"
        MS = "ms"
        FA = "fa"
        PL = "pl"
        PT = "pt"
        RO = "ro"
        RU = "ru"
        ES = "es"
        SV = "sv"
        TH = "th"
        TR = "tr"
        VI = "vi"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackXaiTranscriberLanguageValues: TypeAlias = Literal[
    "ar",
    "cs",
    "da",
    "nl",
    "en",
    "fil",
    "fr",
    "de",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "mk",
    "ms",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "es",
    "sv",
    "th",
    "tr",
    "vi",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackXaiTranscriberLanguage,
    (
        ("AR", "ar"),
        ("CS", "cs"),
        ("DA", "da"),
        ("NL", "nl"),
        ("EN", "en"),
        ("FIL", "fil"),
        ("FR", "fr"),
        ("DE", "de"),
        ("HI", "hi"),
        ("ID", "id"),
        ("IT", "it"),
        ("JA", "ja"),
        ("KO", "ko"),
        ("MK", "mk"),
        ("MS", "ms"),
        ("FA", "fa"),
        ("PL", "pl"),
        ("PT", "pt"),
        ("RO", "ro"),
        ("RU", "ru"),
        ("ES", "es"),
        ("SV", "sv"),
        ("TH", "th"),
        ("TR", "tr"),
        ("VI", "vi"),
    ),
)


XaiTranscriberLanguage = FallbackXaiTranscriberLanguage  # a locked name of this class (names lock)

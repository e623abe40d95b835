# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackXaiVoiceLanguage"]


class FallbackXaiVoiceLanguage(OpenEnum):
    """Known values of FallbackXaiVoiceLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AUTO = "auto"
        EN = "en"
        AR_EG = "ar-EG"
        AR_SA = "ar-SA"
        AR_AE = "ar-AE"
        BN = "bn"
        ZH = "zh"
        FR = "fr"
        DE = "de"
        HI = "hi"
        ID = "id"
        IT = "it"
        JA = "ja"
        KO = "ko"
        PT_BR = "pt-BR"
        PT_PT = "pt-PT"
        RU = "ru"
        ES_MX = "es-MX"
        ES_ES = "es-ES"
        TR = "tr"
        VI = "vi"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackXaiVoiceLanguageValues: TypeAlias = Literal[
    "auto",
    "en",
    "ar-EG",
    "ar-SA",
    "ar-AE",
    "bn",
    "zh",
    "fr",
    "de",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "pt-BR",
    "pt-PT",
    "ru",
    "es-MX",
    "es-ES",
    "tr",
    "vi",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackXaiVoiceLanguage,
    (
        ("AUTO", "auto"),
        ("EN", "en"),
        ("AR_EG", "ar-EG"),
        ("AR_SA", "ar-SA"),
        ("AR_AE", "ar-AE"),
        ("BN", "bn"),
        ("ZH", "zh"),
        ("FR", "fr"),
        ("DE", "de"),
        ("HI", "hi"),
        ("ID", "id"),
        ("IT", "it"),
        ("JA", "ja"),
        ("KO", "ko"),
        ("PT_BR", "pt-BR"),
        ("PT_PT", "pt-PT"),
        ("RU", "ru"),
        ("ES_MX", "es-MX"),
        ("ES_ES", "es-ES"),
        ("TR", "tr"),
        ("VI", "vi"),
    ),
)


XaiVoiceLanguage = FallbackXaiVoiceLanguage  # a locked name of this class (names lock)

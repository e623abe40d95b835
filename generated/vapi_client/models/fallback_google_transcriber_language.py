# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackGoogleTranscriberLanguage"]


class FallbackGoogleTranscriberLanguage(OpenEnum):
    """Known values of FallbackGoogleTranscriberLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MULTILINGUAL = "Multilingual"
        ARABIC = "Arabic"
        BENGALI = "Bengali"
        BULGARIAN = "Bulgarian"
        CHINESE = "Chinese"
        CROATIAN = "Croatian"
        CZECH = "Czech"
        DANISH = "Danish"
        DUTCH = "Dutch"
        ENGLISH = "English"
        ESTONIAN = "Estonian"
        FINNISH = "Finnish"
        FRENCH = "French"
        GERMAN = "German"
        GREEK = "Greek"
        HEBREW = "Hebrew"
        HINDI = "Hindi"
        HUNGARIAN = "Hungarian"
        INDONESIAN = "Indonesian"
        ITALIAN = "Italian"
        JAPANESE = "Japanese"
        KOREAN = "Korean"
        LATVIAN = "Latvian"
        LITHUANIAN = "Lithuanian"
        NORWEGIAN = "Norwegian"
        POLISH = "Polish"
        PORTUGUESE = "Portuguese"
        ROMANIAN = "Romanian"
        RUSSIAN = "Russian"
        SERBIAN = "Serbian"
        SLOVAK = "Slovak"
        SLOVENIAN = "Slovenian"
        SPANISH = "Spanish"
        SWAHILI = "Swahili"
        SWEDISH = "Swedish"
        THAI = "Thai"
        TURKISH = "Turkish"
        UKRAINIAN = "Ukrainian"
        VIETNAMESE = "Vietnamese"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackGoogleTranscriberLanguageValues: TypeAlias = Literal[
    "Multilingual",
    "Arabic",
    "Bengali",
    "Bulgarian",
    "Chinese",
    "Croatian",
    "Czech",
    "Danish",
    "Dutch",
    "English",
    "Estonian",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Hungarian",
    "Indonesian",
    "Italian",
    "Japanese",
    "Korean",
    "Latvian",
    "Lithuanian",
    "Norwegian",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Serbian",
    "Slovak",
    "Slovenian",
    "Spanish",
    "Swahili",
    "Swedish",
    "Thai",
    "Turkish",
    "Ukrainian",
    "Vietnamese",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackGoogleTranscriberLanguage,
    (
        ("MULTILINGUAL", "Multilingual"),
        ("ARABIC", "Arabic"),
        ("BENGALI", "Bengali"),
        ("BULGARIAN", "Bulgarian"),
        ("CHINESE", "Chinese"),
        ("CROATIAN", "Croatian"),
        ("CZECH", "Czech"),
        ("DANISH", "Danish"),
        ("DUTCH", "Dutch"),
        ("ENGLISH", "English"),
        ("ESTONIAN", "Estonian"),
        ("FINNISH", "Finnish"),
        ("FRENCH", "French"),
        ("GERMAN", "German"),
        ("GREEK", "Greek"),
        ("HEBREW", "Hebrew"),
        ("HINDI", "Hindi"),
        ("HUNGARIAN", "Hungarian"),
        ("INDONESIAN", "Indonesian"),
        ("ITALIAN", "Italian"),
        ("JAPANESE", "Japanese"),
        ("KOREAN", "Korean"),
        ("LATVIAN", "Latvian"),
        ("LITHUANIAN", "Lithuanian"),
        ("NORWEGIAN", "Norwegian"),
        ("POLISH", "Polish"),
        ("PORTUGUESE", "Portuguese"),
        ("ROMANIAN", "Romanian"),
        ("RUSSIAN", "Russian"),
        ("SERBIAN", "Serbian"),
        ("SLOVAK", "Slovak"),
        ("SLOVENIAN", "Slovenian"),
        ("SPANISH", "Spanish"),
        ("SWAHILI", "Swahili"),
        ("SWEDISH", "Swedish"),
        ("THAI", "Thai"),
        ("TURKISH", "Turkish"),
        ("UKRAINIAN", "Ukrainian"),
        ("VIETNAMESE", "Vietnamese"),
    ),
)


GoogleTranscriberLanguage = FallbackGoogleTranscriberLanguage  # a locked name of this class (names lock)

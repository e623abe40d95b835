# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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

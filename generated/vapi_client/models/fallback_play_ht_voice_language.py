# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackPlayHTVoiceLanguage"]


class FallbackPlayHTVoiceLanguage(OpenEnum):
    """Known values of FallbackPlayHTVoiceLanguage; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AFRIKAANS = "afrikaans"
        ALBANIAN = "albanian"
        AMHARIC = "amharic"
        ARABIC = "arabic"
        BENGALI = "bengali"
        BULGARIAN = "bulgarian"
        CATALAN = "catalan"
        CROATIAN = "croatian"
        CZECH = "czech"
        DANISH = "danish"
        DUTCH = "dutch"
        ENGLISH = "english"
        FRENCH = "french"
        GALICIAN = "galician"
        GERMAN = "german"
        GREEK = "greek"
        HEBREW = "hebrew"
        HINDI = "hindi"
        HUNGARIAN = "hungarian"
        INDONESIAN = "indonesian"
        ITALIAN = "italian"
        JAPANESE = "japanese"
        KOREAN = "korean"
        MALAY = "malay"
        MANDARIN = "mandarin"
        POLISH = "polish"
        PORTUGUESE = "portuguese"
        RUSSIAN = "russian"
        SERBIAN = "serbian"
        SPANISH = "spanish"
        SWEDISH = "swedish"
        TAGALOG = "tagalog"
        THAI = "thai"
        TURKISH = "turkish"
        UKRAINIAN = "ukrainian"
        URDU = "urdu"
        XHOSA = "xhosa"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackPlayHTVoiceLanguageValues: TypeAlias = Literal[
    "afrikaans",
    "albanian",
    "amharic",
    "arabic",
    "bengali",
    "bulgarian",
    "catalan",
    "croatian",
    "czech",
    "danish",
    "dutch",
    "english",
    "french",
    "galician",
    "german",
    "greek",
    "hebrew",
    "hindi",
    "hungarian",
    "indonesian",
    "italian",
    "japanese",
    "korean",
    "malay",
    "mandarin",
    "polish",
    "portuguese",
    "russian",
    "serbian",
    "spanish",
    "swedish",
    "tagalog",
    "thai",
    "turkish",
    "ukrainian",
    "urdu",
    "xhosa",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackPlayHTVoiceLanguage,
    (
        ("AFRIKAANS", "afrikaans"),
        ("ALBANIAN", "albanian"),
        ("AMHARIC", "amharic"),
        ("ARABIC", "arabic"),
        ("BENGALI", "bengali"),
        ("BULGARIAN", "bulgarian"),
        ("CATALAN", "catalan"),
        ("CROATIAN", "croatian"),
        ("CZECH", "czech"),
        ("DANISH", "danish"),
        ("DUTCH", "dutch"),
        ("ENGLISH", "english"),
        ("FRENCH", "french"),
        ("GALICIAN", "galician"),
        ("GERMAN", "german"),
        ("GREEK", "greek"),
        ("HEBREW", "hebrew"),
        ("HINDI", "hindi"),
        ("HUNGARIAN", "hungarian"),
        ("INDONESIAN", "indonesian"),
        ("ITALIAN", "italian"),
        ("JAPANESE", "japanese"),
        ("KOREAN", "korean"),
        ("MALAY", "malay"),
        ("MANDARIN", "mandarin"),
        ("POLISH", "polish"),
        ("PORTUGUESE", "portuguese"),
        ("RUSSIAN", "russian"),
        ("SERBIAN", "serbian"),
        ("SPANISH", "spanish"),
        ("SWEDISH", "swedish"),
        ("TAGALOG", "tagalog"),
        ("THAI", "thai"),
        ("TURKISH", "turkish"),
        ("UKRAINIAN", "ukrainian"),
        ("URDU", "urdu"),
        ("XHOSA", "xhosa"),
    ),
)


PlayHTVoiceLanguage = FallbackPlayHTVoiceLanguage  # a locked name of this class (names lock)

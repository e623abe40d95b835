# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["MinimaxVoiceLanguageBoost"]


class MinimaxVoiceLanguageBoost(OpenEnum):
    """Known values of MinimaxVoiceLanguageBoost; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CHINESE = "Chinese"
        CHINESEYUE = "Chinese,Yue"
        ENGLISH = "English"
        ARABIC = "Arabic"
        RUSSIAN = "Russian"
        SPANISH = "Spanish"
        FRENCH = "French"
        PORTUGUESE = "Portuguese"
        GERMAN = "German"
        TURKISH = "Turkish"
        DUTCH = "Dutch"
        UKRAINIAN = "Ukrainian"
        VIETNAMESE = "Vietnamese"
        INDONESIAN = "Indonesian"
        JAPANESE = "Japanese"
        ITALIAN = "Italian"
        KOREAN = "Korean"
        THAI = "Thai"
        POLISH = "Polish"
        ROMANIAN = "Romanian"
        GREEK = "Greek"
        CZECH = "Czech"
        FINNISH = "Finnish"
        HINDI = "Hindi"
        BULGARIAN = "Bulgarian"
        DANISH = "Danish"
        HEBREW = "Hebrew"
        MALAY = "Malay"
        PERSIAN = "Persian"
        SLOVAK = "Slovak"
        SWEDISH = "Swedish"
        CROATIAN = "Croatian"
        FILIPINO = "Filipino"
        HUNGARIAN = "Hungarian"
        NORWEGIAN = "Norwegian"
        SLOVENIAN = "Slovenian"
        CATALAN = "Catalan"
        NYNORSK = "Nynorsk"
        TAMIL = "Tamil"
        AFRIKAANS = "Afrikaans"
        AUTO = "auto"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_MinimaxVoiceLanguageBoostValues: TypeAlias = Literal[
    "Chinese",
    "Chinese,Yue",
    "English",
    "Arabic",
    "Russian",
    "Spanish",
    "French",
    "Portuguese",
    "German",
    "Turkish",
    "Dutch",
    "Ukrainian",
    "Vietnamese",
    "Indonesian",
    "Japanese",
    "Italian",
    "Korean",
    "Thai",
    "Polish",
    "Romanian",
    "Greek",
    "Czech",
    "Finnish",
    "Hindi",
    "Bulgarian",
    "Danish",
    "Hebrew",
    "Malay",
    "Persian",
    "Slovak",
    "Swedish",
    "Croatian",
    "Filipino",
    "Hungarian",
    "Norwegian",
    "Slovenian",
    "Catalan",
    "Nynorsk",
    "Tamil",
    "Afrikaans",
    "auto",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    MinimaxVoiceLanguageBoost,
    (
        ("CHINESE", "Chinese"),
        ("CHINESEYUE", "Chinese,Yue"),
        ("ENGLISH", "English"),
        ("ARABIC", "Arabic"),
        ("RUSSIAN", "Russian"),
        ("SPANISH", "Spanish"),
        ("FRENCH", "French"),
        ("PORTUGUESE", "Portuguese"),
        ("GERMAN", "German"),
        ("TURKISH", "Turkish"),
        ("DUTCH", "Dutch"),
        ("UKRAINIAN", "Ukrainian"),
        ("VIETNAMESE", "Vietnamese"),
        ("INDONESIAN", "Indonesian"),
        ("JAPANESE", "Japanese"),
        ("ITALIAN", "Italian"),
        ("KOREAN", "Korean"),
        ("THAI", "Thai"),
        ("POLISH", "Polish"),
        ("ROMANIAN", "Romanian"),
        ("GREEK", "Greek"),
        ("CZECH", "Czech"),
        ("FINNISH", "Finnish"),
        ("HINDI", "Hindi"),
        ("BULGARIAN", "Bulgarian"),
        ("DANISH", "Danish"),
        ("HEBREW", "Hebrew"),
        ("MALAY", "Malay"),
        ("PERSIAN", "Persian"),
        ("SLOVAK", "Slovak"),
        ("SWEDISH", "Swedish"),
        ("CROATIAN", "Croatian"),
        ("FILIPINO", "Filipino"),
        ("HUNGARIAN", "Hungarian"),
        ("NORWEGIAN", "Norwegian"),
        ("SLOVENIAN", "Slovenian"),
        ("CATALAN", "Catalan"),
        ("NYNORSK", "Nynorsk"),
        ("TAMIL", "Tamil"),
        ("AFRIKAANS", "Afrikaans"),
        ("AUTO", "auto"),
    ),
)

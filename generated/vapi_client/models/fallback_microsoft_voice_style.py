# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackMicrosoftVoiceStyle"]


class FallbackMicrosoftVoiceStyle(OpenEnum):
    """Known values of FallbackMicrosoftVoiceStyle; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ADVENTUROUS = "adventurous"
        ANGRY = "angry"
        CARING = "caring"
        CHEERFUL = "cheerful"
        CONFUSED = "confused"
        CURIOUS = "curious"
        DETERMINED = "determined"
        DISAPPOINTED = "disappointed"
        DISGUSTED = "disgusted"
        EMBARRASSED = "embarrassed"
        EMPATHY = "empathy"
        ENCOURAGING = "encouraging"
        EXCITED = "excited"
        FEARFUL = "fearful"
        FRIENDLY = "friendly"
        HAPPY = "happy"
        HOPEFUL = "hopeful"
        JEALOUS = "jealous"
        JOYFUL = "joyful"
        NOSTALGIC = "nostalgic"
        REFLECTIVE = "reflective"
        REGRETFUL = "regretful"
        RELIEVED = "relieved"
        SAD = "sad"
        SERIOUS = "serious"
        SHOUTING = "shouting"
        SOFTVOICE = "softvoice"
        SURPRISED = "surprised"
        WHISPERING = "whispering"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackMicrosoftVoiceStyleValues: TypeAlias = Literal[
    "adventurous",
    "angry",
    "caring",
    "cheerful",
    "confused",
    "curious",
    "determined",
    "disappointed",
    "disgusted",
    "embarrassed",
    "empathy",
    "encouraging",
    "excited",
    "fearful",
    "friendly",
    "happy",
    "hopeful",
    "jealous",
    "joyful",
    "nostalgic",
    "reflective",
    "regretful",
    "relieved",
    "sad",
    "serious",
    "shouting",
    "softvoice",
    "surprised",
    "whispering",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackMicrosoftVoiceStyle,
    (
        ("ADVENTUROUS", "adventurous"),
        ("ANGRY", "angry"),
        ("CARING", "caring"),
        ("CHEERFUL", "cheerful"),
        ("CONFUSED", "confused"),
        ("CURIOUS", "curious"),
        ("DETERMINED", "determined"),
        ("DISAPPOINTED", "disappointed"),
        ("DISGUSTED", "disgusted"),
        ("EMBARRASSED", "embarrassed"),
        ("EMPATHY", "empathy"),
        ("ENCOURAGING", "encouraging"),
        ("EXCITED", "excited"),
        ("FEARFUL", "fearful"),
        ("FRIENDLY", "friendly"),
        ("HAPPY", "happy"),
        ("HOPEFUL", "hopeful"),
        ("JEALOUS", "jealous"),
        ("JOYFUL", "joyful"),
        ("NOSTALGIC", "nostalgic"),
        ("REFLECTIVE", "reflective"),
        ("REGRETFUL", "regretful"),
        ("RELIEVED", "relieved"),
        ("SAD", "sad"),
        ("SERIOUS", "serious"),
        ("SHOUTING", "shouting"),
        ("SOFTVOICE", "softvoice"),
        ("SURPRISED", "surprised"),
        ("WHISPERING", "whispering"),
    ),
)


MicrosoftVoiceStyle = FallbackMicrosoftVoiceStyle  # a locked name of this class (names lock)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["FallbackPlayHTVoiceEmotion"]


class FallbackPlayHTVoiceEmotion(OpenEnum):
    """Known values of FallbackPlayHTVoiceEmotion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        FEMALE_HAPPY = "female_happy"
        FEMALE_SAD = "female_sad"
        FEMALE_ANGRY = "female_angry"
        FEMALE_FEARFUL = "female_fearful"
        FEMALE_DISGUST = "female_disgust"
        FEMALE_SURPRISED = "female_surprised"
        MALE_HAPPY = "male_happy"
        MALE_SAD = "male_sad"
        MALE_ANGRY = "male_angry"
        MALE_FEARFUL = "male_fearful"
        MALE_DISGUST = "male_disgust"
        MALE_SURPRISED = "male_surprised"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_FallbackPlayHTVoiceEmotionValues: TypeAlias = Literal[
    "female_happy",
    "female_sad",
    "female_angry",
    "female_fearful",
    "female_disgust",
    "female_surprised",
    "male_happy",
    "male_sad",
    "male_angry",
    "male_fearful",
    "male_disgust",
    "male_surprised",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    FallbackPlayHTVoiceEmotion,
    (
        ("FEMALE_HAPPY", "female_happy"),
        ("FEMALE_SAD", "female_sad"),
        ("FEMALE_ANGRY", "female_angry"),
        ("FEMALE_FEARFUL", "female_fearful"),
        ("FEMALE_DISGUST", "female_disgust"),
        ("FEMALE_SURPRISED", "female_surprised"),
        ("MALE_HAPPY", "male_happy"),
        ("MALE_SAD", "male_sad"),
        ("MALE_ANGRY", "male_angry"),
        ("MALE_FEARFUL", "male_fearful"),
        ("MALE_DISGUST", "male_disgust"),
        ("MALE_SURPRISED", "male_surprised"),
    ),
)


PlayHTVoiceEmotion = FallbackPlayHTVoiceEmotion  # a locked name of this class (names lock)

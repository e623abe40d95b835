# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CartesiaExperimentalControlsEmotion"]


class CartesiaExperimentalControlsEmotion(OpenEnum):
    """Known values of CartesiaExperimentalControlsEmotion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ANGERLOWEST = "anger:lowest"
        ANGERLOW = "anger:low"
        ANGERHIGH = "anger:high"
        ANGERHIGHEST = "anger:highest"
        POSITIVITYLOWEST = "positivity:lowest"
        POSITIVITYLOW = "positivity:low"
        POSITIVITYHIGH = "positivity:high"
        POSITIVITYHIGHEST = "positivity:highest"
        SURPRISELOWEST = "surprise:lowest"
        SURPRISELOW = "surprise:low"
        SURPRISEHIGH = "surprise:high"
        SURPRISEHIGHEST = "surprise:highest"
        SADNESSLOWEST = "sadness:lowest"
        SADNESSLOW = "sadness:low"
        SADNESSHIGH = "sadness:high"
        SADNESSHIGHEST = "sadness:highest"
        CURIOSITYLOWEST = "curiosity:lowest"
        CURIOSITYLOW = "curiosity:low"
        CURIOSITYHIGH = "curiosity:high"
        CURIOSITYHIGHEST = "curiosity:highest"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CartesiaExperimentalControlsEmotionValues: TypeAlias = Literal[
    "anger:lowest",
    "anger:low",
    "anger:high",
    "anger:highest",
    "positivity:lowest",
    "positivity:low",
    "positivity:high",
    "positivity:highest",
    "surprise:lowest",
    "surprise:low",
    "surprise:high",
    "surprise:highest",
    "sadness:lowest",
    "sadness:low",
    "sadness:high",
    "sadness:highest",
    "curiosity:lowest",
    "curiosity:low",
    "curiosity:high",
    "curiosity:highest",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CartesiaExperimentalControlsEmotion,
    (
        ("ANGERLOWEST", "anger:lowest"),
        ("ANGERLOW", "anger:low"),
        ("ANGERHIGH", "anger:high"),
        ("ANGERHIGHEST", "anger:highest"),
        ("POSITIVITYLOWEST", "positivity:lowest"),
        ("POSITIVITYLOW", "positivity:low"),
        ("POSITIVITYHIGH", "positivity:high"),
        ("POSITIVITYHIGHEST", "positivity:highest"),
        ("SURPRISELOWEST", "surprise:lowest"),
        ("SURPRISELOW", "surprise:low"),
        ("SURPRISEHIGH", "surprise:high"),
        ("SURPRISEHIGHEST", "surprise:highest"),
        ("SADNESSLOWEST", "sadness:lowest"),
        ("SADNESSLOW", "sadness:low"),
        ("SADNESSHIGH", "sadness:high"),
        ("SADNESSHIGHEST", "sadness:highest"),
        ("CURIOSITYLOWEST", "curiosity:lowest"),
        ("CURIOSITYLOW", "curiosity:low"),
        ("CURIOSITYHIGH", "curiosity:high"),
        ("CURIOSITYHIGHEST", "curiosity:highest"),
    ),
)

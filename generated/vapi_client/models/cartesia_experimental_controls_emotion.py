# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["GoogleVoicemailDetectionPlanType"]


class GoogleVoicemailDetectionPlanType(OpenEnum):
    """Known values of GoogleVoicemailDetectionPlanType; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AUDIO = "audio"
        TRANSCRIPT = "transcript"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    GoogleVoicemailDetectionPlanType,
    (
        ("AUDIO", "audio"),
        ("TRANSCRIPT", "transcript"),
    ),
)


OpenAIVoicemailDetectionPlanType = GoogleVoicemailDetectionPlanType  # a locked name of this class (names lock)


VapiVoicemailDetectionPlanType = GoogleVoicemailDetectionPlanType  # a locked name of this class (names lock)

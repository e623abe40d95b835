from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["VapiVoicemailDetectionPlanType"]


class VapiVoicemailDetectionPlanType(OpenEnum):
    """Known values of VapiVoicemailDetectionPlanType; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        AUDIO = "audio"
        TRANSCRIPT = "transcript"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    VapiVoicemailDetectionPlanType,
    (
        ("AUDIO", "audio"),
        ("TRANSCRIPT", "transcript"),
    ),
)

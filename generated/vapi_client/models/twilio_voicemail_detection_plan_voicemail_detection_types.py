# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["TwilioVoicemailDetectionPlanVoicemailDetectionTypes"]


class TwilioVoicemailDetectionPlanVoicemailDetectionTypes(OpenEnum):
    """Known values of TwilioVoicemailDetectionPlanVoicemailDetectionTypes; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        MACHINE_START = "machine_start"
        HUMAN = "human"
        FAX = "fax"
        UNKNOWN = "unknown"
        MACHINE_END_BEEP = "machine_end_beep"
        MACHINE_END_SILENCE = "machine_end_silence"
        MACHINE_END_OTHER = "machine_end_other"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_TwilioVoicemailDetectionPlanVoicemailDetectionTypesValues: TypeAlias = Literal[
    "machine_start",
    "human",
    "fax",
    "unknown",
    "machine_end_beep",
    "machine_end_silence",
    "machine_end_other",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    TwilioVoicemailDetectionPlanVoicemailDetectionTypes,
    (
        ("MACHINE_START", "machine_start"),
        ("HUMAN", "human"),
        ("FAX", "fax"),
        ("UNKNOWN", "unknown"),
        ("MACHINE_END_BEEP", "machine_end_beep"),
        ("MACHINE_END_SILENCE", "machine_end_silence"),
        ("MACHINE_END_OTHER", "machine_end_other"),
    ),
)

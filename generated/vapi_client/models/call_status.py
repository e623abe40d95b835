# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["CallStatus"]


class CallStatus(OpenEnum):
    """Known values of CallStatus; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        SCHEDULED = "scheduled"
        QUEUED = "queued"
        RINGING = "ringing"
        IN_PROGRESS = "in-progress"
        FORWARDING = "forwarding"
        ENDED = "ended"
        NOT_FOUND = "not-found"
        DELETION_FAILED = "deletion-failed"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_CallStatusValues: TypeAlias = Literal[
    "scheduled",
    "queued",
    "ringing",
    "in-progress",
    "forwarding",
    "ended",
    "not-found",
    "deletion-failed",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    CallStatus,
    (
        ("SCHEDULED", "scheduled"),
        ("QUEUED", "queued"),
        ("RINGING", "ringing"),
        ("IN_PROGRESS", "in-progress"),
        ("FORWARDING", "forwarding"),
        ("ENDED", "ended"),
        ("NOT_FOUND", "not-found"),
        ("DELETION_FAILED", "deletion-failed"),
    ),
)


ServerMessageStatusUpdateStatus = CallStatus  # a locked name of this class (names lock)

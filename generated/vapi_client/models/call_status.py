# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

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

from .._enums import OpenEnum

__all__ = ["CallStatus"]


class CallStatus(OpenEnum):
    """Known values of CallStatus; any other string parses too (see OpenEnum)."""

    SCHEDULED = "scheduled"
    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    FORWARDING = "forwarding"
    ENDED = "ended"
    NOT_FOUND = "not-found"
    DELETION_FAILED = "deletion-failed"

from .._enums import OpenEnum

__all__ = ["ServerMessageStatusUpdateStatus"]


class ServerMessageStatusUpdateStatus(OpenEnum):
    """Known values of ServerMessageStatusUpdateStatus; any other string parses too (see OpenEnum)."""

    SCHEDULED = "scheduled"
    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    FORWARDING = "forwarding"
    ENDED = "ended"
    NOT_FOUND = "not-found"
    DELETION_FAILED = "deletion-failed"

from .._enums import OpenEnum

__all__ = ["SessionStatus"]


class SessionStatus(OpenEnum):
    """Known values of SessionStatus; any other string parses too (see OpenEnum)."""

    ACTIVE = "active"
    COMPLETED = "completed"

from .._enums import OpenEnum

__all__ = ["TransferArtifactStatus"]


class TransferArtifactStatus(OpenEnum):
    """Known values of TransferArtifactStatus; any other string parses too (see OpenEnum)."""

    CONNECTED = "connected"
    NO_ANSWER = "no-answer"
    BUSY = "busy"
    VOICEMAIL = "voicemail"
    FAILED = "failed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

from .._enums import OpenEnum

__all__ = ["ServerMessageTranscriptTranscriptType"]


class ServerMessageTranscriptTranscriptType(OpenEnum):
    """Known values of ServerMessageTranscriptTranscriptType; any other string parses too (see OpenEnum)."""

    PARTIAL = "partial"
    FINAL = "final"

from .._enums import OpenEnum

__all__ = ["ServerMessageTranscriptType"]


class ServerMessageTranscriptType(OpenEnum):
    """Known values of ServerMessageTranscriptType; any other string parses too (see OpenEnum)."""

    TRANSCRIPT = "transcript"
    TRANSCRIPTTRANSCRIPTTYPEFINAL = 'transcript[transcriptType="final"]'

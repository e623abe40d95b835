from .._enums import OpenEnum

__all__ = ["ServerMessageTranscriptRole"]


class ServerMessageTranscriptRole(OpenEnum):
    """Known values of ServerMessageTranscriptRole; any other string parses too (see OpenEnum)."""

    ASSISTANT = "assistant"
    USER = "user"

from .._enums import OpenEnum

__all__ = ["ServerMessageSpeechUpdateRole"]


class ServerMessageSpeechUpdateRole(OpenEnum):
    """Known values of ServerMessageSpeechUpdateRole; any other string parses too (see OpenEnum)."""

    ASSISTANT = "assistant"
    USER = "user"

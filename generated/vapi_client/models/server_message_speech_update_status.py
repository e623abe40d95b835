from .._enums import OpenEnum

__all__ = ["ServerMessageSpeechUpdateStatus"]


class ServerMessageSpeechUpdateStatus(OpenEnum):
    """Known values of ServerMessageSpeechUpdateStatus; any other string parses too (see OpenEnum)."""

    STARTED = "started"
    STOPPED = "stopped"

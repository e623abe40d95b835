from .._enums import OpenEnum

__all__ = ["ServerMessageAssistantSpeechSource"]


class ServerMessageAssistantSpeechSource(OpenEnum):
    """Known values of ServerMessageAssistantSpeechSource; any other string parses too (see OpenEnum)."""

    MODEL = "model"
    FORCE_SAY = "force-say"
    CUSTOM_VOICE = "custom-voice"

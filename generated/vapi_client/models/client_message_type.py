from .._enums import OpenEnum

__all__ = ["ClientMessageType"]


class ClientMessageType(OpenEnum):
    """Known values of ClientMessageType; any other string parses too (see OpenEnum)."""

    STATUS_UPDATE = "status-update"
    SPEECH_UPDATE = "speech-update"
    TRANSCRIPT = "transcript"
    HANG = "hang"
    FUNCTION_CALL = "function-call"
    TOOL_CALLS = "tool-calls"
    METADATA = "metadata"
    CONVERSATION_UPDATE = "conversation-update"
    MODEL_OUTPUT = "model-output"
    VOICE_INPUT = "voice-input"

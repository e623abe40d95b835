from .._enums import OpenEnum

__all__ = ["ServerMessageType"]


class ServerMessageType(OpenEnum):
    """Known values of ServerMessageType; any other string parses too (see OpenEnum)."""

    STATUS_UPDATE = "status-update"
    TRANSCRIPT = "transcript"
    HANG = "hang"
    FUNCTION_CALL = "function-call"
    TOOL_CALLS = "tool-calls"
    END_OF_CALL_REPORT = "end-of-call-report"
    CONVERSATION_UPDATE = "conversation-update"
    PHONE_CALL_CONTROL = "phone-call-control"
    MODEL_OUTPUT = "model-output"
    VOICE_INPUT = "voice-input"

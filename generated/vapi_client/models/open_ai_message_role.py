from .._enums import OpenEnum

__all__ = ["OpenAIMessageRole"]


class OpenAIMessageRole(OpenEnum):
    """Known values of OpenAIMessageRole; any other string parses too (see OpenEnum)."""

    ASSISTANT = "assistant"
    FUNCTION = "function"
    USER = "user"
    SYSTEM = "system"
    TOOL = "tool"

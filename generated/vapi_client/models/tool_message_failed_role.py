from .._enums import OpenEnum

__all__ = ["ToolMessageFailedRole"]


class ToolMessageFailedRole(OpenEnum):
    """Known values of ToolMessageFailedRole; any other string parses too (see OpenEnum)."""

    ASSISTANT = "assistant"
    SYSTEM = "system"

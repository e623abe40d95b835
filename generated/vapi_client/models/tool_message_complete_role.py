from .._enums import OpenEnum

__all__ = ["ToolMessageCompleteRole"]


class ToolMessageCompleteRole(OpenEnum):
    """Known values of ToolMessageCompleteRole; any other string parses too (see OpenEnum)."""

    ASSISTANT = "assistant"
    SYSTEM = "system"

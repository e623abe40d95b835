from .._enums import OpenEnum

__all__ = ["MessageTargetRole"]


class MessageTargetRole(OpenEnum):
    """Known values of MessageTargetRole; any other string parses too (see OpenEnum)."""

    USER = "user"
    ASSISTANT = "assistant"

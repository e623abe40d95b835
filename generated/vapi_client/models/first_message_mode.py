from .._enums import OpenEnum

__all__ = ["FirstMessageMode"]


class FirstMessageMode(OpenEnum):
    """Known values of FirstMessageMode; any other string parses too (see OpenEnum)."""

    ASSISTANT_SPEAKS_FIRST = "assistant-speaks-first"
    ASSISTANT_WAITS_FOR_USER = "assistant-waits-for-user"

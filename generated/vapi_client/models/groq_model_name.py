from .._enums import OpenEnum

__all__ = ["GroqModelName"]


class GroqModelName(OpenEnum):
    """Known values of GroqModelName; any other string parses too (see OpenEnum)."""

    MIXTRAL_8X7B_32768 = "mixtral-8x7b-32768"
    LLAMA3_8B_8192 = "llama3-8b-8192"
    LLAMA3_70B_8192 = "llama3-70b-8192"

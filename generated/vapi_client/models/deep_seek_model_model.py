from .._enums import OpenEnum

__all__ = ["DeepSeekModelModel"]


class DeepSeekModelModel(OpenEnum):
    """Known values of DeepSeekModelModel; any other string parses too (see OpenEnum)."""

    DEEPSEEK_CHAT = "deepseek-chat"
    DEEPSEEK_REASONER = "deepseek-reasoner"

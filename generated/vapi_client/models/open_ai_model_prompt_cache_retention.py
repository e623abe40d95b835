from .._enums import OpenEnum

__all__ = ["OpenAIModelPromptCacheRetention"]


class OpenAIModelPromptCacheRetention(OpenEnum):
    """Known values of OpenAIModelPromptCacheRetention; any other string parses too (see OpenEnum)."""

    IN_MEMORY = "in_memory"
    VALUE_1 = "24h"

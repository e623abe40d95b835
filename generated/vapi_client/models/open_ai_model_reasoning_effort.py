from .._enums import OpenEnum

__all__ = ["OpenAIModelReasoningEffort"]


class OpenAIModelReasoningEffort(OpenEnum):
    """Known values of OpenAIModelReasoningEffort; any other string parses too (see OpenEnum)."""

    MINIMAL = "minimal"
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"

from .._enums import OpenEnum

__all__ = ["OpenAIVoiceId"]


class OpenAIVoiceId(OpenEnum):
    """Known values of OpenAIVoiceId; any other string parses too (see OpenEnum)."""

    ALLOY = "alloy"
    ECHO = "echo"
    FABLE = "fable"
    ONYX = "onyx"
    NOVA = "nova"
    SHIMMER = "shimmer"

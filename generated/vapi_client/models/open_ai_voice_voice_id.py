from .._enums import OpenEnum

__all__ = ["OpenAIVoiceVoiceId"]


class OpenAIVoiceVoiceId(OpenEnum):
    """Known values of OpenAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    ALLOY = "alloy"
    ECHO = "echo"
    FABLE = "fable"
    ONYX = "onyx"
    NOVA = "nova"
    SHIMMER = "shimmer"
    MARIN = "marin"
    CEDAR = "cedar"

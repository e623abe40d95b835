from .._enums import OpenEnum

__all__ = ["FallbackOpenAIVoiceVoiceId"]


class FallbackOpenAIVoiceVoiceId(OpenEnum):
    """Known values of FallbackOpenAIVoiceVoiceId; any other string parses too (see OpenEnum)."""

    ALLOY = "alloy"
    ECHO = "echo"
    FABLE = "fable"
    ONYX = "onyx"
    NOVA = "nova"
    SHIMMER = "shimmer"
    MARIN = "marin"
    CEDAR = "cedar"

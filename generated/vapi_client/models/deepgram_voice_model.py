from .._enums import OpenEnum

__all__ = ["DeepgramVoiceModel"]


class DeepgramVoiceModel(OpenEnum):
    """Known values of DeepgramVoiceModel; any other string parses too (see OpenEnum)."""

    AURA = "aura"
    AURA_2 = "aura-2"

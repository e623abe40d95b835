from .._enums import OpenEnum

__all__ = ["FallbackDeepgramVoiceModel"]


class FallbackDeepgramVoiceModel(OpenEnum):
    """Known values of FallbackDeepgramVoiceModel; any other string parses too (see OpenEnum)."""

    AURA = "aura"
    AURA_2 = "aura-2"

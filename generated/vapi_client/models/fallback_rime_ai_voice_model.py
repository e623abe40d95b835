from .._enums import OpenEnum

__all__ = ["FallbackRimeAIVoiceModel"]


class FallbackRimeAIVoiceModel(OpenEnum):
    """Known values of FallbackRimeAIVoiceModel; any other string parses too (see OpenEnum)."""

    ARCANA = "arcana"
    MISTV2 = "mistv2"
    MIST = "mist"

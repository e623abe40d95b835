from .._enums import OpenEnum

__all__ = ["RimeAIVoiceModel"]


class RimeAIVoiceModel(OpenEnum):
    """Known values of RimeAIVoiceModel; any other string parses too (see OpenEnum)."""

    ARCANA = "arcana"
    MISTV2 = "mistv2"
    MIST = "mist"

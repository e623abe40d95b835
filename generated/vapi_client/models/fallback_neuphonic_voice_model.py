from .._enums import OpenEnum

__all__ = ["FallbackNeuphonicVoiceModel"]


class FallbackNeuphonicVoiceModel(OpenEnum):
    """Known values of FallbackNeuphonicVoiceModel; any other string parses too (see OpenEnum)."""

    NEU_HQ = "neu_hq"
    NEU_FAST = "neu_fast"

from .._enums import OpenEnum

__all__ = ["NeuphonicVoiceModel"]


class NeuphonicVoiceModel(OpenEnum):
    """Known values of NeuphonicVoiceModel; any other string parses too (see OpenEnum)."""

    NEU_HQ = "neu_hq"
    NEU_FAST = "neu_fast"

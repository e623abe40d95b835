from .._enums import OpenEnum

__all__ = ["SpeechmaticsTranscriberNumeralStyle"]


class SpeechmaticsTranscriberNumeralStyle(OpenEnum):
    """Known values of SpeechmaticsTranscriberNumeralStyle; any other string parses too (see OpenEnum)."""

    WRITTEN = "written"
    SPOKEN = "spoken"

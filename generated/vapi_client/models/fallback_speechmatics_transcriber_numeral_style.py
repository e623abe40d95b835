from .._enums import OpenEnum

__all__ = ["FallbackSpeechmaticsTranscriberNumeralStyle"]


class FallbackSpeechmaticsTranscriberNumeralStyle(OpenEnum):
    """Known values of FallbackSpeechmaticsTranscriberNumeralStyle; any other string parses too (see OpenEnum)."""

    WRITTEN = "written"
    SPOKEN = "spoken"

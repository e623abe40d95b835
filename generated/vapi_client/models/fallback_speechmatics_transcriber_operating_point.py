from .._enums import OpenEnum

__all__ = ["FallbackSpeechmaticsTranscriberOperatingPoint"]


class FallbackSpeechmaticsTranscriberOperatingPoint(OpenEnum):
    """Known values of FallbackSpeechmaticsTranscriberOperatingPoint; any other string parses too (see OpenEnum)."""

    STANDARD = "standard"
    ENHANCED = "enhanced"

from .._enums import OpenEnum

__all__ = ["SpeechmaticsTranscriberOperatingPoint"]


class SpeechmaticsTranscriberOperatingPoint(OpenEnum):
    """Known values of SpeechmaticsTranscriberOperatingPoint; any other string parses too (see OpenEnum)."""

    STANDARD = "standard"
    ENHANCED = "enhanced"

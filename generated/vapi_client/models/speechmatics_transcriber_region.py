from .._enums import OpenEnum

__all__ = ["SpeechmaticsTranscriberRegion"]


class SpeechmaticsTranscriberRegion(OpenEnum):
    """Known values of SpeechmaticsTranscriberRegion; any other string parses too (see OpenEnum)."""

    EU = "eu"
    US = "us"

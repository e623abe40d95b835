from .._enums import OpenEnum

__all__ = ["FallbackSpeechmaticsTranscriberRegion"]


class FallbackSpeechmaticsTranscriberRegion(OpenEnum):
    """Known values of FallbackSpeechmaticsTranscriberRegion; any other string parses too (see OpenEnum)."""

    EU = "eu"
    US = "us"

from .._enums import OpenEnum

__all__ = ["FallbackAzureSpeechTranscriberSegmentationStrategy"]


class FallbackAzureSpeechTranscriberSegmentationStrategy(OpenEnum):
    """Known values of FallbackAzureSpeechTranscriberSegmentationStrategy; any other string parses too (see OpenEnum)."""

    DEFAULT = "Default"
    TIME = "Time"
    SEMANTIC = "Semantic"

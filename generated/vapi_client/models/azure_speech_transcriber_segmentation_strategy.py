from .._enums import OpenEnum

__all__ = ["AzureSpeechTranscriberSegmentationStrategy"]


class AzureSpeechTranscriberSegmentationStrategy(OpenEnum):
    """Known values of AzureSpeechTranscriberSegmentationStrategy; any other string parses too (see OpenEnum)."""

    DEFAULT = "Default"
    TIME = "Time"
    SEMANTIC = "Semantic"

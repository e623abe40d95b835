from .._enums import OpenEnum

__all__ = ["AssemblyAITranscriberSpeechModel"]


class AssemblyAITranscriberSpeechModel(OpenEnum):
    """Known values of AssemblyAITranscriberSpeechModel; any other string parses too (see OpenEnum)."""

    UNIVERSAL_STREAMING_ENGLISH = "universal-streaming-english"
    UNIVERSAL_STREAMING_MULTILINGUAL = "universal-streaming-multilingual"
    UNIVERSAL_3_5_PRO = "universal-3-5-pro"

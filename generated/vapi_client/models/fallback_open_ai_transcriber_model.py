from .._enums import OpenEnum

__all__ = ["FallbackOpenAITranscriberModel"]


class FallbackOpenAITranscriberModel(OpenEnum):
    """Known values of FallbackOpenAITranscriberModel; any other string parses too (see OpenEnum)."""

    GPT_4O_TRANSCRIBE = "gpt-4o-transcribe"
    GPT_4O_MINI_TRANSCRIBE = "gpt-4o-mini-transcribe"

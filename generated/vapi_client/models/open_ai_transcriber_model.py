from .._enums import OpenEnum

__all__ = ["OpenAITranscriberModel"]


class OpenAITranscriberModel(OpenEnum):
    """Known values of OpenAITranscriberModel; any other string parses too (see OpenEnum)."""

    GPT_4O_TRANSCRIBE = "gpt-4o-transcribe"
    GPT_4O_MINI_TRANSCRIBE = "gpt-4o-mini-transcribe"

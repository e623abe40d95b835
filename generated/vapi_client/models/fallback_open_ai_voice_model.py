from .._enums import OpenEnum

__all__ = ["FallbackOpenAIVoiceModel"]


class FallbackOpenAIVoiceModel(OpenEnum):
    """Known values of FallbackOpenAIVoiceModel; any other string parses too (see OpenEnum)."""

    TTS_1 = "tts-1"
    TTS_1_HD = "tts-1-hd"
    GPT_4O_MINI_TTS = "gpt-4o-mini-tts"

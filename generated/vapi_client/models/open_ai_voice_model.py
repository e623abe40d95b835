from .._enums import OpenEnum

__all__ = ["OpenAIVoiceModel"]


class OpenAIVoiceModel(OpenEnum):
    """Known values of OpenAIVoiceModel; any other string parses too (see OpenEnum)."""

    TTS_1 = "tts-1"
    TTS_1_HD = "tts-1-hd"
    GPT_4O_MINI_TTS = "gpt-4o-mini-tts"

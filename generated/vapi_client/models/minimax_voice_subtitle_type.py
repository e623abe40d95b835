from .._enums import OpenEnum

__all__ = ["MinimaxVoiceSubtitleType"]


class MinimaxVoiceSubtitleType(OpenEnum):
    """Known values of MinimaxVoiceSubtitleType; any other string parses too (see OpenEnum)."""

    WORD = "word"
    SENTENCE = "sentence"

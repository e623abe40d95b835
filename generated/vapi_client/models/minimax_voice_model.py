from .._enums import OpenEnum

__all__ = ["MinimaxVoiceModel"]


class MinimaxVoiceModel(OpenEnum):
    """Known values of MinimaxVoiceModel; any other string parses too (see OpenEnum)."""

    SPEECH_02_HD = "speech-02-hd"
    SPEECH_02_TURBO = "speech-02-turbo"
    SPEECH_2_5_TURBO_PREVIEW = "speech-2.5-turbo-preview"

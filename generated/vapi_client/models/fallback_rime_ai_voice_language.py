from .._enums import OpenEnum

__all__ = ["FallbackRimeAIVoiceLanguage"]


class FallbackRimeAIVoiceLanguage(OpenEnum):
    """Known values of FallbackRimeAIVoiceLanguage; any other string parses too (see OpenEnum)."""

    EN = "en"
    ES = "es"
    DE = "de"
    FR = "fr"
    AR = "ar"
    HI = "hi"
    JA = "ja"
    HE = "he"
    PT = "pt"
    TA = "ta"
    SI = "si"

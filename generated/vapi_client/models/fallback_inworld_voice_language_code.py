from .._enums import OpenEnum

__all__ = ["FallbackInworldVoiceLanguageCode"]


class FallbackInworldVoiceLanguageCode(OpenEnum):
    """Known values of FallbackInworldVoiceLanguageCode; any other string parses too (see OpenEnum)."""

    EN = "en"
    ZH = "zh"
    KO = "ko"
    NL = "nl"
    FR = "fr"
    ES = "es"
    JA = "ja"
    DE = "de"
    IT = "it"
    PL = "pl"
    PT = "pt"
    RU = "ru"
    HI = "hi"
    HE = "he"
    AR = "ar"

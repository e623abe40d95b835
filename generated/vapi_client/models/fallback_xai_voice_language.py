from .._enums import OpenEnum

__all__ = ["FallbackXaiVoiceLanguage"]


class FallbackXaiVoiceLanguage(OpenEnum):
    """Known values of FallbackXaiVoiceLanguage; any other string parses too (see OpenEnum)."""

    AUTO = "auto"
    EN = "en"
    AR_EG = "ar-EG"
    AR_SA = "ar-SA"
    AR_AE = "ar-AE"
    BN = "bn"
    ZH = "zh"
    FR = "fr"
    DE = "de"
    HI = "hi"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RU = "ru"
    ES_MX = "es-MX"
    ES_ES = "es-ES"
    TR = "tr"
    VI = "vi"

from .._enums import OpenEnum

__all__ = ["FallbackAssemblyAITranscriberLanguageCodes"]


class FallbackAssemblyAITranscriberLanguageCodes(OpenEnum):
    """Known values of FallbackAssemblyAITranscriberLanguageCodes; any other string parses too (see OpenEnum)."""

    EN = "en"
    ES = "es"
    FR = "fr"
    DE = "de"
    IT = "it"
    PT = "pt"
    TR = "tr"
    NL = "nl"
    SV = "sv"
    NO = "no"
    DA = "da"
    FI = "fi"
    HI = "hi"
    VI = "vi"
    AR = "ar"
    HE = "he"
    JA = "ja"
    ZH = "zh"

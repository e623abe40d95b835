from .._enums import OpenEnum

__all__ = ["XaiTranscriberLanguage"]


class XaiTranscriberLanguage(OpenEnum):
    """Known values of XaiTranscriberLanguage; any other string parses too (see OpenEnum)."""

    AR = "ar"
    CS = "cs"
    DA = "da"
    NL = "nl"
    EN = "en"
    FIL = "fil"
    FR = "fr"
    DE = "de"
    HI = "hi"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    MK = "mk"
    MS = "ms"
    FA = "fa"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    ES = "es"
    SV = "sv"
    TH = "th"
    TR = "tr"
    VI = "vi"

from .._enums import OpenEnum

__all__ = ["XaiVoiceVoiceId"]


class XaiVoiceVoiceId(OpenEnum):
    """Known values of XaiVoiceVoiceId; any other string parses too (see OpenEnum)."""

    EVE = "eve"
    ARA = "ara"
    REX = "rex"
    SAL = "sal"
    LEO = "leo"

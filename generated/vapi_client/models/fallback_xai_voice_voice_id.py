from .._enums import OpenEnum

__all__ = ["FallbackXaiVoiceVoiceId"]


class FallbackXaiVoiceVoiceId(OpenEnum):
    """Known values of FallbackXaiVoiceVoiceId; any other string parses too (see OpenEnum)."""

    EVE = "eve"
    ARA = "ara"
    REX = "rex"
    SAL = "sal"
    LEO = "leo"

from .._enums import OpenEnum

__all__ = ["RecordingConsentType"]


class RecordingConsentType(OpenEnum):
    """Known values of RecordingConsentType; any other string parses too (see OpenEnum)."""

    STAY_ON_LINE = "stay-on-line"
    VERBAL = "verbal"

from .._enums import OpenEnum

__all__ = ["GoogleVoicemailDetectionPlanType"]


class GoogleVoicemailDetectionPlanType(OpenEnum):
    """Known values of GoogleVoicemailDetectionPlanType; any other string parses too (see OpenEnum)."""

    AUDIO = "audio"
    TRANSCRIPT = "transcript"

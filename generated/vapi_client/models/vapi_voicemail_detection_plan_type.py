from .._enums import OpenEnum

__all__ = ["VapiVoicemailDetectionPlanType"]


class VapiVoicemailDetectionPlanType(OpenEnum):
    """Known values of VapiVoicemailDetectionPlanType; any other string parses too (see OpenEnum)."""

    AUDIO = "audio"
    TRANSCRIPT = "transcript"

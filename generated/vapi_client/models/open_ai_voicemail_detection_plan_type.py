from .._enums import OpenEnum

__all__ = ["OpenAIVoicemailDetectionPlanType"]


class OpenAIVoicemailDetectionPlanType(OpenEnum):
    """Known values of OpenAIVoicemailDetectionPlanType; any other string parses too (see OpenEnum)."""

    AUDIO = "audio"
    TRANSCRIPT = "transcript"

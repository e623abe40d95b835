from .._enums import OpenEnum

__all__ = ["FallbackAzureVoiceVoiceId"]


class FallbackAzureVoiceVoiceId(OpenEnum):
    """Known values of FallbackAzureVoiceVoiceId; any other string parses too (see OpenEnum)."""

    ANDREW = "andrew"
    BRIAN = "brian"
    EMMA = "emma"

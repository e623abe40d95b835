from .._enums import OpenEnum

__all__ = ["AzureVoiceVoiceId"]


class AzureVoiceVoiceId(OpenEnum):
    """Known values of AzureVoiceVoiceId; any other string parses too (see OpenEnum)."""

    ANDREW = "andrew"
    BRIAN = "brian"
    EMMA = "emma"

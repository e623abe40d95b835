from .._enums import OpenEnum

__all__ = ["AzureVoiceId"]


class AzureVoiceId(OpenEnum):
    """Known values of AzureVoiceId; any other string parses too (see OpenEnum)."""

    ANDREW = "andrew"
    BRIAN = "brian"
    EMMA = "emma"

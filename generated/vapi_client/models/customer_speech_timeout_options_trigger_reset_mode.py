from .._enums import OpenEnum

__all__ = ["CustomerSpeechTimeoutOptionsTriggerResetMode"]


class CustomerSpeechTimeoutOptionsTriggerResetMode(OpenEnum):
    """Known values of CustomerSpeechTimeoutOptionsTriggerResetMode; any other string parses too (see OpenEnum)."""

    ONUSERSPEECH = "onUserSpeech"
    NEVER = "never"

from .._enums import OpenEnum

__all__ = ["PhoneCallTwilioDetailsStatusCallbackEvent"]


class PhoneCallTwilioDetailsStatusCallbackEvent(OpenEnum):
    """Known values of PhoneCallTwilioDetailsStatusCallbackEvent; any other string parses too (see OpenEnum)."""

    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"

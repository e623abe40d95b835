from .._enums import OpenEnum

__all__ = ["PhoneCallTwilioDetailsMachineDetection"]


class PhoneCallTwilioDetailsMachineDetection(OpenEnum):
    """Known values of PhoneCallTwilioDetailsMachineDetection; any other string parses too (see OpenEnum)."""

    ENABLE = "Enable"
    DETECTMESSAGEEND = "DetectMessageEnd"

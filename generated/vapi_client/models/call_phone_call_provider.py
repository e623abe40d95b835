from .._enums import OpenEnum

__all__ = ["CallPhoneCallProvider"]


class CallPhoneCallProvider(OpenEnum):
    """Known values of CallPhoneCallProvider; any other string parses too (see OpenEnum)."""

    TWILIO = "twilio"
    VONAGE = "vonage"
    VAPI = "vapi"
    TELNYX = "telnyx"

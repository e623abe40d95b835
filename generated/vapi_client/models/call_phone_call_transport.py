from .._enums import OpenEnum

__all__ = ["CallPhoneCallTransport"]


class CallPhoneCallTransport(OpenEnum):
    """Known values of CallPhoneCallTransport; any other string parses too (see OpenEnum)."""

    SIP = "sip"
    PSTN = "pstn"

from .._enums import OpenEnum

__all__ = ["CallType"]


class CallType(OpenEnum):
    """Known values of CallType; any other string parses too (see OpenEnum)."""

    INBOUNDPHONECALL = "inboundPhoneCall"
    OUTBOUNDPHONECALL = "outboundPhoneCall"
    WEBCALL = "webCall"
    VAPI_WEBSOCKETCALL = "vapi.websocketCall"

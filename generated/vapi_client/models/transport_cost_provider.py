from .._enums import OpenEnum

__all__ = ["TransportCostProvider"]


class TransportCostProvider(OpenEnum):
    """Known values of TransportCostProvider; any other string parses too (see OpenEnum)."""

    DAILY = "daily"
    VAPI_WEBSOCKET = "vapi.websocket"
    TWILIO = "twilio"
    VONAGE = "vonage"
    TELNYX = "telnyx"
    VAPI_SIP = "vapi.sip"

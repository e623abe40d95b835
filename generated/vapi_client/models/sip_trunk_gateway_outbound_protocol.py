from .._enums import OpenEnum

__all__ = ["SipTrunkGatewayOutboundProtocol"]


class SipTrunkGatewayOutboundProtocol(OpenEnum):
    """Known values of SipTrunkGatewayOutboundProtocol; any other string parses too (see OpenEnum)."""

    TLSSRTP = "tls/srtp"
    TCP = "tcp"
    TLS = "tls"
    UDP = "udp"

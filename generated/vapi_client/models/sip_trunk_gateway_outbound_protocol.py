# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["SipTrunkGatewayOutboundProtocol"]


class SipTrunkGatewayOutboundProtocol(OpenEnum):
    """Known values of SipTrunkGatewayOutboundProtocol; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        TLSSRTP = "tls/srtp"
        TCP = "tcp"
        TLS = "tls"
        UDP = "udp"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    SipTrunkGatewayOutboundProtocol,
    (
        ("TLSSRTP", "tls/srtp"),
        ("TCP", "tcp"),
        ("TLS", "tls"),
        ("UDP", "udp"),
    ),
)

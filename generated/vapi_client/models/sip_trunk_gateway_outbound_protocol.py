# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["SipTrunkGatewayOutboundProtocol"]


class SipTrunkGatewayOutboundProtocol(OpenEnum):
    """Known values of SipTrunkGatewayOutboundProtocol; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        TLSSRTP = "tls/srtp"
        TCP = "tcp"
        TLS = "tls"
        UDP = "udp"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_SipTrunkGatewayOutboundProtocolValues: TypeAlias = Literal[
    "tls/srtp",
    "tcp",
    "tls",
    "udp",
]


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

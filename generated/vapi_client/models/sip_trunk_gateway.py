from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_trunk_gateway_outbound_protocol import SipTrunkGatewayOutboundProtocol


__all__ = ["SipTrunkGateway"]


@_attrs_define(repr=False)
class SipTrunkGateway(Model):
    """SipTrunkGateway

    Attributes:
        ip: This is the address of the gateway. Inbound gateways require an IPv4 address like 1.1.1.1. Outbound-
            only gateways can also use a fully qualified domain name like my-sip-trunk.pstn.twilio.com.
        port: This is the port number of the gateway. Default is 5060.

            @default 5060
        netmask: This is the netmask of the gateway. Defaults to 32.

            @default 32
        inbound_enabled: This is whether inbound calls are allowed from this gateway. Default is true.

            @default true
        outbound_enabled: This is whether outbound calls should be sent to this gateway. Default is true.

            Note, if netmask is less than 32, it doesn't affect the outbound IPs that are tried. 1 attempt is
            made to `ip:port`.

            @default true
        outbound_protocol:
        options_ping_enabled: This is whether to send options ping to the gateway. This can be used to check if the gateway is
            reachable. Default is false.

            This is useful for high availability setups where you want to check if the gateway is reachable
            before routing calls to it. Note, if no gateway for a trunk is reachable, outbound calls will be
            rejected.

            @default false
    """

    _schema: ClassVar[str] = "SipTrunkGateway"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ip", "ip"),
        ("port", "port"),
        ("netmask", "netmask"),
        ("inboundEnabled", "inbound_enabled"),
        ("outboundEnabled", "outbound_enabled"),
        ("outboundProtocol", "outbound_protocol"),
        ("optionsPingEnabled", "options_ping_enabled"),
    )

    ip: str
    port: float | Unset = UNSET
    netmask: float | Unset = UNSET
    inbound_enabled: bool | Unset = UNSET
    outbound_enabled: bool | Unset = UNSET
    outbound_protocol: SipTrunkGatewayOutboundProtocol | Unset = UNSET
    options_ping_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

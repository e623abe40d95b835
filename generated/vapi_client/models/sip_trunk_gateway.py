# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_trunk_gateway_outbound_protocol import (
        SipTrunkGatewayOutboundProtocol,
        _SipTrunkGatewayOutboundProtocolValues,
    )


__all__ = ["SipTrunkGateway"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        outbound_protocol: This is the protocol to use for SIP signaling outbound calls. Default is udp.

            @default udp
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
    outbound_protocol: SipTrunkGatewayOutboundProtocol | _SipTrunkGatewayOutboundProtocolValues | Unset = UNSET
    options_ping_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_SipTrunkGateway(data: dict[str, Any], strict: bool) -> SipTrunkGateway | dict[str, Any]:
    """SipTrunkGateway from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "ip" in data:
        v = data["ip"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "port" in data:
        v = data["port"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 65535 else _S
        if p1 is _S:
            slow = True
    if "netmask" in data:
        v = data["netmask"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 24 and v <= 32 else _S
        if p2 is _S:
            slow = True
    if "inboundEnabled" in data:
        v = data["inboundEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "outboundEnabled" in data:
        v = data["outboundEnabled"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "outboundProtocol" in data:
        v = data["outboundProtocol"]
        p5 = _MEMBERS["SipTrunkGatewayOutboundProtocol"].get(v, _S) if type(v) is str else _S
        if p5 is _S and type(v) is str and not strict:
            p5 = _h.open_member("SipTrunkGatewayOutboundProtocol", v)
        if p5 is _S:
            slow = True
    if "optionsPingEnabled" in data:
        v = data["optionsPingEnabled"]
        p6 = v if (v is True or v is False) else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SipTrunkGateway:
            return SipTrunkGateway(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SipTrunkGateway(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SipTrunkGateway}
            return obj
    return {
        "ip": p0,
        "port": p1,
        "netmask": p2,
        "inboundEnabled": p3,
        "outboundEnabled": p4,
        "outboundProtocol": p5,
        "optionsPingEnabled": p6,
    }


_KNOWN_SipTrunkGateway = frozenset(
    ("ip", "port", "netmask", "inboundEnabled", "outboundEnabled", "outboundProtocol", "optionsPingEnabled")
)


def _to_dict_SipTrunkGateway(self: SipTrunkGateway) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.ip
    if v is not UNSET:
        out["ip"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.port
    if v is not UNSET:
        out["port"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.netmask
    if v is not UNSET:
        out["netmask"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.inbound_enabled
    if v is not UNSET:
        out["inboundEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.outbound_enabled
    if v is not UNSET:
        out["outboundEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.outbound_protocol
    if v is not UNSET:
        out["outboundProtocol"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.options_ping_enabled
    if v is not UNSET:
        out["optionsPingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SipTrunkGateway._fast_load = _load_SipTrunkGateway
setattr(SipTrunkGateway, "to_dict", _to_dict_SipTrunkGateway)  # noqa: B010 - replaces Model.to_dict

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_trunk_gateway import SipTrunkGateway
    from ..models.sip_trunk_outbound_authentication_plan import SipTrunkOutboundAuthenticationPlan


__all__ = ["CreateByoSipTrunkCredentialDTO"]


@_attrs_define(repr=False)
class CreateByoSipTrunkCredentialDTO(Model):
    """CreateByoSipTrunkCredentialDTO

    Attributes:
        provider: This can be used to bring your own SIP trunks or to connect to a Carrier.
        gateways: This is the list of SIP trunk's gateways.
        outbound_authentication_plan:
        outbound_leading_plus_enabled: This ensures the outbound origination attempts have a leading plus. Defaults to false to match
            conventional telecom behavior.

            Usage:
            - Vonage/Twilio requires leading plus for all outbound calls. Set this to true.

            @default false
        tech_prefix: This can be used to configure the tech prefix on outbound calls. This is an advanced property.
        sip_diversion_header: This can be used to enable the SIP diversion header for authenticating the calling number if the SIP
            trunk supports it. This is an advanced property.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateByoSipTrunkCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("gateways", "gateways"),
        ("outboundAuthenticationPlan", "outbound_authentication_plan"),
        ("outboundLeadingPlusEnabled", "outbound_leading_plus_enabled"),
        ("techPrefix", "tech_prefix"),
        ("sipDiversionHeader", "sip_diversion_header"),
        ("name", "name"),
    )

    provider: Literal["byo-sip-trunk"]
    gateways: list[SipTrunkGateway]
    outbound_authentication_plan: SipTrunkOutboundAuthenticationPlan | Unset = UNSET
    outbound_leading_plus_enabled: bool | Unset = UNSET
    tech_prefix: str | Unset = UNSET
    sip_diversion_header: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

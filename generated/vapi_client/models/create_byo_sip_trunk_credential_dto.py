# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_trunk_gateway import SipTrunkGateway
    from ..models.sip_trunk_outbound_authentication_plan import SipTrunkOutboundAuthenticationPlan


__all__ = ["CreateByoSipTrunkCredentialDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateByoSipTrunkCredentialDTO(Model):
    """CreateByoSipTrunkCredentialDTO

    Attributes:
        provider: This can be used to bring your own SIP trunks or to connect to a Carrier.
        gateways: This is the list of SIP trunk's gateways.
        outbound_authentication_plan: This can be used to configure the outbound authentication if required by the SIP trunk.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_CreateByoSipTrunkCredentialDTO_items_6 = _h.Items(("model", "SipTrunkGateway"))


def _load_CreateByoSipTrunkCredentialDTO(
    data: dict[str, Any], strict: bool
) -> CreateByoSipTrunkCredentialDTO | dict[str, Any]:
    """CreateByoSipTrunkCredentialDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "byo-sip-trunk" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "gateways" in data:
        v = data["gateways"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["SipTrunkGateway"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("SipTrunkGateway", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_CreateByoSipTrunkCredentialDTO_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "outboundAuthenticationPlan" in data:
        v = data["outboundAuthenticationPlan"]
        p2 = _FAST["SipTrunkOutboundAuthenticationPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("SipTrunkOutboundAuthenticationPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "outboundLeadingPlusEnabled" in data:
        v = data["outboundLeadingPlusEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "techPrefix" in data:
        v = data["techPrefix"]
        p4 = v if type(v) is str and len(v) <= 10000 else _S
        if p4 is _S:
            slow = True
    if "sipDiversionHeader" in data:
        v = data["sipDiversionHeader"]
        p5 = v if type(v) is str and len(v) <= 10000 else _S
        if p5 is _S:
            slow = True
    if "name" in data:
        v = data["name"]
        p6 = v if type(v) is str and len(v) <= 40 else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateByoSipTrunkCredentialDTO:
            return CreateByoSipTrunkCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateByoSipTrunkCredentialDTO(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_CreateByoSipTrunkCredentialDTO
            }
            return obj
    return {
        "provider": p0,
        "gateways": p1,
        "outboundAuthenticationPlan": p2,
        "outboundLeadingPlusEnabled": p3,
        "techPrefix": p4,
        "sipDiversionHeader": p5,
        "name": p6,
    }


_KNOWN_CreateByoSipTrunkCredentialDTO = frozenset(
    (
        "provider",
        "gateways",
        "outboundAuthenticationPlan",
        "outboundLeadingPlusEnabled",
        "techPrefix",
        "sipDiversionHeader",
        "name",
    )
)


def _to_dict_CreateByoSipTrunkCredentialDTO(self: CreateByoSipTrunkCredentialDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.gateways
    if v is not UNSET:
        out["gateways"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.outbound_authentication_plan
    if v is not UNSET:
        out["outboundAuthenticationPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.outbound_leading_plus_enabled
    if v is not UNSET:
        out["outboundLeadingPlusEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.tech_prefix
    if v is not UNSET:
        out["techPrefix"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sip_diversion_header
    if v is not UNSET:
        out["sipDiversionHeader"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateByoSipTrunkCredentialDTO._fast_load = _load_CreateByoSipTrunkCredentialDTO
setattr(CreateByoSipTrunkCredentialDTO, "to_dict", _to_dict_CreateByoSipTrunkCredentialDTO)  # noqa: B010 - replaces Model.to_dict

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_trunk_outbound_sip_register_plan import SipTrunkOutboundSipRegisterPlan


__all__ = ["SipTrunkOutboundAuthenticationPlan"]


@_attrs_define(repr=False)
class SipTrunkOutboundAuthenticationPlan(Model):
    """SipTrunkOutboundAuthenticationPlan

    Attributes:
        auth_password: This is not returned in the API.
        auth_username:
        sip_register_plan:
    """

    _schema: ClassVar[str] = "SipTrunkOutboundAuthenticationPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("authPassword", "auth_password"),
        ("authUsername", "auth_username"),
        ("sipRegisterPlan", "sip_register_plan"),
    )

    auth_password: str | Unset = UNSET
    auth_username: str | Unset = UNSET
    sip_register_plan: SipTrunkOutboundSipRegisterPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SipTrunkOutboundSipRegisterPlan"]


@_attrs_define(repr=False)
class SipTrunkOutboundSipRegisterPlan(Model):
    """SipTrunkOutboundSipRegisterPlan

    Attributes:
        domain:
        username:
        realm:
    """

    _schema: ClassVar[str] = "SipTrunkOutboundSipRegisterPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("domain", "domain"),
        ("username", "username"),
        ("realm", "realm"),
    )

    domain: str | Unset = UNSET
    username: str | Unset = UNSET
    realm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

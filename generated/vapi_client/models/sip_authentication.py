from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SipAuthentication"]


@_attrs_define(repr=False)
class SipAuthentication(Model):
    """SipAuthentication

    Attributes:
        username: This will be expected in the `username` field of the `authorization` header of the SIP INVITE.
        password: This will be expected to generate the `response` field of the `authorization` header of the SIP
            INVITE, through digest authentication.
        realm: This will be expected in the `realm` field of the `authorization` header of the SIP INVITE. Defaults
            to the SIP realm of the Vapi region serving the request (e.g. `sip.vapi.ai` for US, `sip.eu.vapi.ai`
            for EU).
    """

    _schema: ClassVar[str] = "SipAuthentication"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("username", "username"),
        ("password", "password"),
        ("realm", "realm"),
    )

    username: str
    password: str
    realm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

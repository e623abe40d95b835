from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SipTransferDestination"]


@_attrs_define(repr=False)
class SipTransferDestination(Model):
    """Transfer target that forwards the call to a SIP address.

    Attributes:
        type_: Discriminator marking this destination as a SIP address.
        sip_uri: SIP URI the call is forwarded to.
        message: Text spoken to the caller just before the transfer happens.
        description: Explains to the model when it should choose this destination.
    """

    _schema: ClassVar[str] = "SipTransferDestination"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("sipUri", "sip_uri"),
        ("message", "message"),
        ("description", "description"),
    )

    type_: Literal["sip"]
    sip_uri: str
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

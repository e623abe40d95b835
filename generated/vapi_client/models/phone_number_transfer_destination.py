from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["PhoneNumberTransferDestination"]


@_attrs_define(repr=False)
class PhoneNumberTransferDestination(Model):
    """Transfer target that forwards the call to an external phone number.

    Attributes:
        type_: Discriminator marking this destination as a phone number.
        number: Phone number to forward the call to, in E.164 format.
        message: Text spoken to the caller just before the transfer happens.
        description: Explains to the model when it should choose this destination.
    """

    _schema: ClassVar[str] = "PhoneNumberTransferDestination"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("number", "number"),
        ("message", "message"),
        ("description", "description"),
    )

    type_: Literal["phoneNumber"]
    number: str
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

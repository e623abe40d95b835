from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_destination_number import TransferDestinationNumber
    from ..models.transfer_destination_sip import TransferDestinationSip
    from ..models.unknown_variants import UnknownDestination


__all__ = ["TransferPhoneNumberHookAction"]


@_attrs_define(repr=False)
class TransferPhoneNumberHookAction(Model):
    """TransferPhoneNumberHookAction

    Attributes:
        type_: This is the type of action - must be "transfer"
        destination:
    """

    _schema: ClassVar[str] = "TransferPhoneNumberHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("destination", "destination"),
    )

    type_: Literal["transfer"]
    destination: TransferDestinationNumber | TransferDestinationSip | UnknownDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferFallbackPlan"]


@_attrs_define(repr=False)
class TransferFallbackPlan(Model):
    """TransferFallbackPlan

    Attributes:
        message: This is the message the assistant will deliver to the customer if the transfer fails.
        end_call_enabled: This controls what happens after delivering the failure message to the customer.
            - true: End the call after delivering the failure message (default)
            - false: Keep the assistant on the call to continue handling the customer's request

            @default true
    """

    _schema: ClassVar[str] = "TransferFallbackPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("endCallEnabled", "end_call_enabled"),
    )

    message: CustomMessage | str | UnknownMessage
    end_call_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_call_ending_hook_filter import PhoneNumberCallEndingHookFilter
    from ..models.say_phone_number_hook_action import SayPhoneNumberHookAction
    from ..models.transfer_phone_number_hook_action import TransferPhoneNumberHookAction
    from ..models.unknown_variants import UnknownPhoneNumberHookCallEndingDo


__all__ = ["PhoneNumberHookCallEnding"]


@_attrs_define(repr=False)
class PhoneNumberHookCallEnding(Model):
    """PhoneNumberHookCallEnding

    Attributes:
        on: This is the event to trigger the hook on
        filters: Optional filters to decide when to trigger - restricted to assistant-request related ended reasons
        do:
    """

    _schema: ClassVar[str] = "PhoneNumberHookCallEnding"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("filters", "filters"),
        ("do", "do"),
    )

    on: Literal["call.ending"]
    filters: list[PhoneNumberCallEndingHookFilter] | Unset = UNSET
    do: TransferPhoneNumberHookAction | SayPhoneNumberHookAction | UnknownPhoneNumberHookCallEndingDo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

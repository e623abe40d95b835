from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_call_ringing_hook_filter import PhoneNumberCallRingingHookFilter
    from ..models.say_phone_number_hook_action import SayPhoneNumberHookAction
    from ..models.transfer_phone_number_hook_action import TransferPhoneNumberHookAction
    from ..models.unknown_variants import UnknownPhoneNumberHookCallEndingDo


__all__ = ["PhoneNumberHookCallRinging"]


@_attrs_define(repr=False)
class PhoneNumberHookCallRinging(Model):
    """PhoneNumberHookCallRinging

    Attributes:
        on: This is the event to trigger the hook on
        do: Only the first action will be executed. Additional actions will be ignored.
        filters: Optional filters to decide when to trigger the hook. Currently supports filtering by caller country
            code.
    """

    _schema: ClassVar[str] = "PhoneNumberHookCallRinging"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("on", "on"),
        ("do", "do"),
        ("filters", "filters"),
    )

    on: Literal["call.ringing"]
    do: list[TransferPhoneNumberHookAction | SayPhoneNumberHookAction | UnknownPhoneNumberHookCallEndingDo]
    filters: list[PhoneNumberCallRingingHookFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

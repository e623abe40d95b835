from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.phone_number_call_ending_hook_filter_one_of import PhoneNumberCallEndingHookFilterOneOf


__all__ = ["PhoneNumberCallEndingHookFilter"]


@_attrs_define(repr=False)
class PhoneNumberCallEndingHookFilter(Model):
    """PhoneNumberCallEndingHookFilter

    Attributes:
        type_: This is the type of filter - currently only "oneOf" is supported
        key: This is the key to filter on - only "call.endedReason" is allowed for phone number call ending hooks
        one_of: This is the array of assistant-request related ended reasons to match against
    """

    _schema: ClassVar[str] = "PhoneNumberCallEndingHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("oneOf", "one_of"),
    )

    type_: Literal["oneOf"]
    key: Literal["call.endedReason"]
    one_of: list[PhoneNumberCallEndingHookFilterOneOf]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

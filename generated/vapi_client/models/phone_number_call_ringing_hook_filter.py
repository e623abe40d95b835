from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["PhoneNumberCallRingingHookFilter"]


@_attrs_define(repr=False)
class PhoneNumberCallRingingHookFilter(Model):
    """PhoneNumberCallRingingHookFilter

    Attributes:
        type_: This is the type of filter - matches when the specified field starts with any of the given prefixes
        key: The field to check. Currently only "number" (the caller's phone number) is supported.
        starts_with: Array of prefixes to match. Do not include the + prefix. Inbound calls from numbers starting with
            any of these prefixes will trigger the hook actions.
    """

    _schema: ClassVar[str] = "PhoneNumberCallRingingHookFilter"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("key", "key"),
        ("startsWith", "starts_with"),
    )

    type_: Literal["startsWith"]
    key: Literal["number"]
    starts_with: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

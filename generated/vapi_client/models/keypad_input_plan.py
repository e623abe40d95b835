from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keypad_input_plan_delimiters import KeypadInputPlanDelimiters


__all__ = ["KeypadInputPlan"]


@_attrs_define(repr=False)
class KeypadInputPlan(Model):
    """KeypadInputPlan

    Attributes:
        enabled: This keeps track of whether the user has enabled keypad input.
            By default, it is off.

            @default false
        timeout_seconds: This is the time in seconds to wait before processing the input.
            If the input is not received within this time, the input will be ignored.
            If set to "off", the input will be processed when the user enters a delimiter or immediately if no
            delimiter is used.

            @default 2
        delimiters:
    """

    _schema: ClassVar[str] = "KeypadInputPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("timeoutSeconds", "timeout_seconds"),
        ("delimiters", "delimiters"),
    )

    enabled: bool | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    delimiters: KeypadInputPlanDelimiters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

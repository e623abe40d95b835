from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_speech_timeout_options_trigger_reset_mode import CustomerSpeechTimeoutOptionsTriggerResetMode


__all__ = ["CustomerSpeechTimeoutOptions"]


@_attrs_define(repr=False)
class CustomerSpeechTimeoutOptions(Model):
    """CustomerSpeechTimeoutOptions

    Attributes:
        timeout_seconds: This is the timeout in seconds before action is triggered.
            The clock starts when the assistant finishes speaking and remains active until the user speaks.

            @default 7.5
            @minimum 2
            @maximum 1000
        trigger_reset_mode:
        trigger_max_count: This is the maximum number of times the hook will trigger in a call.

            @default 3
    """

    _schema: ClassVar[str] = "CustomerSpeechTimeoutOptions"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("timeoutSeconds", "timeout_seconds"),
        ("triggerResetMode", "trigger_reset_mode"),
        ("triggerMaxCount", "trigger_max_count"),
    )

    timeout_seconds: float
    trigger_reset_mode: CustomerSpeechTimeoutOptionsTriggerResetMode | Unset = UNSET
    trigger_max_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

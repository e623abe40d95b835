from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SubscriptionLimits"]


@_attrs_define(repr=False)
class SubscriptionLimits(Model):
    """SubscriptionLimits

    Attributes:
        concurrency_blocked: True if this call was blocked by the Call Concurrency limit
        concurrency_limit: Account Call Concurrency limit
        remaining_concurrent_calls: Incremental number of concurrent calls that will be allowed, including this call
    """

    _schema: ClassVar[str] = "SubscriptionLimits"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("concurrencyBlocked", "concurrency_blocked"),
        ("concurrencyLimit", "concurrency_limit"),
        ("remainingConcurrentCalls", "remaining_concurrent_calls"),
    )

    concurrency_blocked: bool | Unset = UNSET
    concurrency_limit: float | Unset = UNSET
    remaining_concurrent_calls: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

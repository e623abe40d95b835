from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.call_batch_error import CallBatchError
    from ..models.subscription_limits import SubscriptionLimits


__all__ = ["CallBatchResponse"]


@_attrs_define(repr=False)
class CallBatchResponse(Model):
    """CallBatchResponse

    Attributes:
        results: This is the list of calls that were created.
        errors: This is the list of calls that failed to be created.
        subscription_limits:
    """

    _schema: ClassVar[str] = "CallBatchResponse"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("results", "results"),
        ("errors", "errors"),
        ("subscriptionLimits", "subscription_limits"),
    )

    results: list[Call]
    errors: list[CallBatchError]
    subscription_limits: SubscriptionLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

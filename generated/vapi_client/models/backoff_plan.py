from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backoff_plan_type import BackoffPlanType


__all__ = ["BackoffPlan"]


@_attrs_define(repr=False)
class BackoffPlan(Model):
    """BackoffPlan

    Attributes:
        type_:
        max_retries: This is the maximum number of retries to attempt if the request fails. Defaults to 0 (no retries).

            @default 0
        base_delay_seconds: This is the base delay in seconds. For linear backoff, this is the delay between each retry. For
            exponential backoff, this is the initial delay.
        excluded_status_codes: This is the excluded status codes. If the response status code is in this list, the request will not
            be retried.
            By default, the request will be retried for any non-2xx status code.
    """

    _schema: ClassVar[str] = "BackoffPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("maxRetries", "max_retries"),
        ("baseDelaySeconds", "base_delay_seconds"),
        ("excludedStatusCodes", "excluded_status_codes"),
    )

    type_: BackoffPlanType
    max_retries: float
    base_delay_seconds: float
    excluded_status_codes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

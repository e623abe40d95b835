from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["SchedulePlan"]


@_attrs_define(repr=False)
class SchedulePlan(Model):
    """SchedulePlan

    Attributes:
        earliest_at: This is the ISO 8601 date-time string of the earliest time the call can be scheduled.
        latest_at: This is the ISO 8601 date-time string of the latest time the call can be scheduled.
    """

    _schema: ClassVar[str] = "SchedulePlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("earliestAt", "earliest_at"),
        ("latestAt", "latest_at"),
    )

    earliest_at: datetime.datetime
    latest_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

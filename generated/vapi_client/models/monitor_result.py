from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["MonitorResult"]


@_attrs_define(repr=False)
class MonitorResult(Model):
    """MonitorResult

    Attributes:
        monitor_id:
        filter_passed:
    """

    _schema: ClassVar[str] = "MonitorResult"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("monitorId", "monitor_id"),
        ("filterPassed", "filter_passed"),
    )

    monitor_id: str
    filter_passed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_result import MonitorResult


__all__ = ["Monitor"]


@_attrs_define(repr=False)
class Monitor(Model):
    """Monitor

    Attributes:
        monitors:
        listen_url: This is the URL where the assistant's calls can be listened to in real-time. To enable, set
            `assistant.monitorPlan.listenEnabled` to `true`.
        control_url: This is the URL where the assistant's calls can be controlled in real-time. To enable, set
            `assistant.monitorPlan.controlEnabled` to `true`.
    """

    _schema: ClassVar[str] = "Monitor"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("monitors", "monitors"),
        ("listenUrl", "listen_url"),
        ("controlUrl", "control_url"),
    )

    monitors: list[MonitorResult] | Unset = UNSET
    listen_url: str | Unset = UNSET
    control_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

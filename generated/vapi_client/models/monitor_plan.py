from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["MonitorPlan"]


@_attrs_define(repr=False)
class MonitorPlan(Model):
    """MonitorPlan

    Attributes:
        listen_enabled: This determines whether the assistant's calls allow live listening. Defaults to true.

            Fetch `call.monitor.listenUrl` to get the live listening URL.

            @default true
        listen_authentication_enabled: This enables authentication on the `call.monitor.listenUrl`.

            If `listenAuthenticationEnabled` is `true`, the `call.monitor.listenUrl` will require an
            `Authorization: Bearer <vapi-public-api-key>` header.

            @default false
        control_enabled: This determines whether the assistant's calls allow live control. Defaults to true.

            Fetch `call.monitor.controlUrl` to get the live control URL.

            To use, send any control message via a POST request to `call.monitor.controlUrl`. Here are the types
            of controls supported: https://docs.vapi.ai/api-reference/messages/client-inbound-message

            @default true
        control_authentication_enabled: This enables authentication on the `call.monitor.controlUrl`.

            If `controlAuthenticationEnabled` is `true`, the `call.monitor.controlUrl` will require an
            `Authorization: Bearer <vapi-public-api-key>` header.

            @default false
        monitor_ids: This the set of monitor ids that are attached to the assistant.
            The source of truth for the monitor ids is the assistant_monitor join table.
            This field can be used for transient assistants and to update assistants with new monitor ids.

            @default []
    """

    _schema: ClassVar[str] = "MonitorPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("listenEnabled", "listen_enabled"),
        ("listenAuthenticationEnabled", "listen_authentication_enabled"),
        ("controlEnabled", "control_enabled"),
        ("controlAuthenticationEnabled", "control_authentication_enabled"),
        ("monitorIds", "monitor_ids"),
    )

    listen_enabled: bool | Unset = UNSET
    listen_authentication_enabled: bool | Unset = UNSET
    control_enabled: bool | Unset = UNSET
    control_authentication_enabled: bool | Unset = UNSET
    monitor_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["MonitorPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MonitorPlan(data: dict[str, Any], strict: bool) -> MonitorPlan | dict[str, Any]:
    """MonitorPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "listenEnabled" in data:
        v = data["listenEnabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "listenAuthenticationEnabled" in data:
        v = data["listenAuthenticationEnabled"]
        p1 = v if (v is True or v is False) else _S
        if p1 is _S:
            slow = True
    if "controlEnabled" in data:
        v = data["controlEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "controlAuthenticationEnabled" in data:
        v = data["controlAuthenticationEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "monitorIds" in data:
        v = data["monitorIds"]
        p4 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_MonitorPlan:
            return MonitorPlan(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MonitorPlan(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MonitorPlan}
            return obj
    return {
        "listenEnabled": p0,
        "listenAuthenticationEnabled": p1,
        "controlEnabled": p2,
        "controlAuthenticationEnabled": p3,
        "monitorIds": p4,
    }


_KNOWN_MonitorPlan = frozenset(
    ("listenEnabled", "listenAuthenticationEnabled", "controlEnabled", "controlAuthenticationEnabled", "monitorIds")
)


def _to_dict_MonitorPlan(self: MonitorPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.listen_enabled
    if v is not UNSET:
        out["listenEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.listen_authentication_enabled
    if v is not UNSET:
        out["listenAuthenticationEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.control_enabled
    if v is not UNSET:
        out["controlEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.control_authentication_enabled
    if v is not UNSET:
        out["controlAuthenticationEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.monitor_ids
    if v is not UNSET:
        out["monitorIds"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MonitorPlan._fast_load = _load_MonitorPlan
setattr(MonitorPlan, "to_dict", _to_dict_MonitorPlan)  # noqa: B010 - replaces Model.to_dict

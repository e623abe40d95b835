# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_result import MonitorResult


__all__ = ["Monitor"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_Monitor_items_6 = _h.Items(("model", "MonitorResult"))


def _load_Monitor(data: dict[str, Any], strict: bool) -> Monitor | dict[str, Any]:
    """Monitor from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "monitors" in data:
        v = data["monitors"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["MonitorResult"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("MonitorResult", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_Monitor_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "listenUrl" in data:
        v = data["listenUrl"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "controlUrl" in data:
        v = data["controlUrl"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Monitor:
            return Monitor(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Monitor(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Monitor}
            return obj
    return {"monitors": p0, "listenUrl": p1, "controlUrl": p2}


_KNOWN_Monitor = frozenset(("monitors", "listenUrl", "controlUrl"))


def _to_dict_Monitor(self: Monitor) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.monitors
    if v is not UNSET:
        out["monitors"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.listen_url
    if v is not UNSET:
        out["listenUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.control_url
    if v is not UNSET:
        out["controlUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Monitor._fast_load = _load_Monitor
setattr(Monitor, "to_dict", _to_dict_Monitor)  # noqa: B010 - replaces Model.to_dict

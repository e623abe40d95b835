# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["TelnyxTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TelnyxTransport(Model):
    """TelnyxTransport

    Attributes:
        provider: Telnyx transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        call_control_id: This is the call control ID of the Telnyx call.
        call_leg_id: This is the call leg ID of the Telnyx call.
        call_session_id: This is the call session ID of the Telnyx call.
    """

    _schema: ClassVar[str] = "TelnyxTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("callControlId", "call_control_id"),
        ("callLegId", "call_leg_id"),
        ("callSessionId", "call_session_id"),
    )

    provider: Literal["telnyx"]
    conversation_type: Literal["voice"] | Unset = UNSET
    call_control_id: str | Unset = UNSET
    call_leg_id: str | Unset = UNSET
    call_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TelnyxTransport(data: dict[str, Any], strict: bool) -> TelnyxTransport | dict[str, Any]:
    """TelnyxTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "telnyx" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "conversationType" in data:
        v = data["conversationType"]
        p1 = v if type(v) is str and v == "voice" else _S
        if p1 is _S:
            slow = True
    if "callControlId" in data:
        v = data["callControlId"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "callLegId" in data:
        v = data["callLegId"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "callSessionId" in data:
        v = data["callSessionId"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TelnyxTransport:
            return TelnyxTransport(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TelnyxTransport(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TelnyxTransport}
            return obj
    return {"provider": p0, "conversationType": p1, "callControlId": p2, "callLegId": p3, "callSessionId": p4}


_KNOWN_TelnyxTransport = frozenset(("provider", "conversationType", "callControlId", "callLegId", "callSessionId"))


def _to_dict_TelnyxTransport(self: TelnyxTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_control_id
    if v is not UNSET:
        out["callControlId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_leg_id
    if v is not UNSET:
        out["callLegId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_session_id
    if v is not UNSET:
        out["callSessionId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TelnyxTransport._fast_load = _load_TelnyxTransport
setattr(TelnyxTransport, "to_dict", _to_dict_TelnyxTransport)  # noqa: B010 - replaces Model.to_dict

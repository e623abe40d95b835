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

__all__ = ["VapiWebCallTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiWebCallTransport(Model):
    """VapiWebCallTransport

    Attributes:
        provider: Vapi web call transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        room_delete_on_user_leave_enabled: This determines whether the daily room will be deleted and all participants will be kicked once the
            user leaves the room.
            If set to `false`, the room will be kept alive even after the user leaves, allowing clients to
            reconnect to the same room.
            If set to `true`, the room will be deleted and reconnection will not be allowed.

            Defaults to `true`.
        call_url: This is the URL of the web call.
        call_sip_uri: This is the SIP URI of the web call.
    """

    _schema: ClassVar[str] = "VapiWebCallTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("roomDeleteOnUserLeaveEnabled", "room_delete_on_user_leave_enabled"),
        ("callUrl", "call_url"),
        ("callSipUri", "call_sip_uri"),
    )

    provider: Literal["daily"]
    conversation_type: Literal["voice"] | Unset = UNSET
    room_delete_on_user_leave_enabled: bool | Unset = UNSET
    call_url: str | Unset = UNSET
    call_sip_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiWebCallTransport(data: dict[str, Any], strict: bool) -> VapiWebCallTransport | dict[str, Any]:
    """VapiWebCallTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "daily" else _S
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
    if "roomDeleteOnUserLeaveEnabled" in data:
        v = data["roomDeleteOnUserLeaveEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "callUrl" in data:
        v = data["callUrl"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "callSipUri" in data:
        v = data["callSipUri"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiWebCallTransport:
            return VapiWebCallTransport(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiWebCallTransport(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiWebCallTransport}
            return obj
    return {"provider": p0, "conversationType": p1, "roomDeleteOnUserLeaveEnabled": p2, "callUrl": p3, "callSipUri": p4}


_KNOWN_VapiWebCallTransport = frozenset(
    ("provider", "conversationType", "roomDeleteOnUserLeaveEnabled", "callUrl", "callSipUri")
)


def _to_dict_VapiWebCallTransport(self: VapiWebCallTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.room_delete_on_user_leave_enabled
    if v is not UNSET:
        out["roomDeleteOnUserLeaveEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_url
    if v is not UNSET:
        out["callUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_sip_uri
    if v is not UNSET:
        out["callSipUri"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiWebCallTransport._fast_load = _load_VapiWebCallTransport
setattr(VapiWebCallTransport, "to_dict", _to_dict_VapiWebCallTransport)  # noqa: B010 - replaces Model.to_dict

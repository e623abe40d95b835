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

__all__ = ["VapiSipTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VapiSipTransport(Model):
    """VapiSipTransport

    Attributes:
        provider: Vapi SIP transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        dial_timeout: This sets the timeout for outbound dial operations in seconds. This is the duration the call will
            ring before timing out.

            @default 60
        sbc_call_sid: This is the call SID of the Vapi SIP call.
        call_sid: This is the call ID of the Vapi SIP call.
    """

    _schema: ClassVar[str] = "VapiSipTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("dialTimeout", "dial_timeout"),
        ("sbcCallSid", "sbc_call_sid"),
        ("callSid", "call_sid"),
    )

    provider: Literal["vapi.sip"]
    conversation_type: Literal["voice"] | Unset = UNSET
    dial_timeout: float | Unset = UNSET
    sbc_call_sid: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VapiSipTransport(data: dict[str, Any], strict: bool) -> VapiSipTransport | dict[str, Any]:
    """VapiSipTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "vapi.sip" else _S
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
    if "dialTimeout" in data:
        v = data["dialTimeout"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 600 else _S
        if p2 is _S:
            slow = True
    if "sbcCallSid" in data:
        v = data["sbcCallSid"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "callSid" in data:
        v = data["callSid"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VapiSipTransport:
            return VapiSipTransport(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VapiSipTransport(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VapiSipTransport}
            return obj
    return {"provider": p0, "conversationType": p1, "dialTimeout": p2, "sbcCallSid": p3, "callSid": p4}


_KNOWN_VapiSipTransport = frozenset(("provider", "conversationType", "dialTimeout", "sbcCallSid", "callSid"))


def _to_dict_VapiSipTransport(self: VapiSipTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.dial_timeout
    if v is not UNSET:
        out["dialTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.sbc_call_sid
    if v is not UNSET:
        out["sbcCallSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_sid
    if v is not UNSET:
        out["callSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VapiSipTransport._fast_load = _load_VapiSipTransport
setattr(VapiSipTransport, "to_dict", _to_dict_VapiSipTransport)  # noqa: B010 - replaces Model.to_dict

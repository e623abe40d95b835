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

__all__ = ["VonageTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class VonageTransport(Model):
    """VonageTransport

    Attributes:
        provider: Vonage transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        conversation_uuid: This is the conversation UUID of the Vonage call.
        call_uuid: This is the call ID of the Vonage call.
    """

    _schema: ClassVar[str] = "VonageTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("conversationUUID", "conversation_uuid"),
        ("callUUID", "call_uuid"),
    )

    provider: Literal["vonage"]
    conversation_type: Literal["voice"] | Unset = UNSET
    conversation_uuid: str | Unset = UNSET
    call_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_VonageTransport(data: dict[str, Any], strict: bool) -> VonageTransport | dict[str, Any]:
    """VonageTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "vonage" else _S
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
    if "conversationUUID" in data:
        v = data["conversationUUID"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "callUUID" in data:
        v = data["callUUID"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_VonageTransport:
            return VonageTransport(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = VonageTransport(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_VonageTransport}
            return obj
    return {"provider": p0, "conversationType": p1, "conversationUUID": p2, "callUUID": p3}


_KNOWN_VonageTransport = frozenset(("provider", "conversationType", "conversationUUID", "callUUID"))


def _to_dict_VonageTransport(self: VonageTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.conversation_uuid
    if v is not UNSET:
        out["conversationUUID"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_uuid
    if v is not UNSET:
        out["callUUID"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


VonageTransport._fast_load = _load_VonageTransport
setattr(VonageTransport, "to_dict", _to_dict_VonageTransport)  # noqa: B010 - replaces Model.to_dict

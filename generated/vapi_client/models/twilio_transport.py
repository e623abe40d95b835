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

__all__ = ["TwilioTransport"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TwilioTransport(Model):
    """TwilioTransport

    Attributes:
        provider: Twilio transport provider
        conversation_type: This is the conversation type of the call (ie, voice or chat).
        account_sid: This is the account SID of the Twilio account.
        call_sid: This is the call SID of the Twilio call.
        call_token: This is the call token of the Twilio call.
        forwarded_from: This is the phone number from which the call was forwarded.
            Undefined if the call was not forwarded.
    """

    _schema: ClassVar[str] = "TwilioTransport"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("conversationType", "conversation_type"),
        ("accountSid", "account_sid"),
        ("callSid", "call_sid"),
        ("callToken", "call_token"),
        ("forwardedFrom", "forwarded_from"),
    )

    provider: Literal["twilio"]
    conversation_type: Literal["voice"] | Unset = UNSET
    account_sid: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    call_token: str | Unset = UNSET
    forwarded_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TwilioTransport(data: dict[str, Any], strict: bool) -> TwilioTransport | dict[str, Any]:
    """TwilioTransport from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "twilio" else _S
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
    if "accountSid" in data:
        v = data["accountSid"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "callSid" in data:
        v = data["callSid"]
        p3 = v if type(v) is str else _S
        if p3 is _S:
            slow = True
    if "callToken" in data:
        v = data["callToken"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "forwardedFrom" in data:
        v = data["forwardedFrom"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TwilioTransport:
            return TwilioTransport(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TwilioTransport(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TwilioTransport}
            return obj
    return {
        "provider": p0,
        "conversationType": p1,
        "accountSid": p2,
        "callSid": p3,
        "callToken": p4,
        "forwardedFrom": p5,
    }


_KNOWN_TwilioTransport = frozenset(
    ("provider", "conversationType", "accountSid", "callSid", "callToken", "forwardedFrom")
)


def _to_dict_TwilioTransport(self: TwilioTransport) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.conversation_type
    if v is not UNSET:
        out["conversationType"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.account_sid
    if v is not UNSET:
        out["accountSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_sid
    if v is not UNSET:
        out["callSid"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.call_token
    if v is not UNSET:
        out["callToken"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.forwarded_from
    if v is not UNSET:
        out["forwardedFrom"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TwilioTransport._fast_load = _load_TwilioTransport
setattr(TwilioTransport, "to_dict", _to_dict_TwilioTransport)  # noqa: B010 - replaces Model.to_dict

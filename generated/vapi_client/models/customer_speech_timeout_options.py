# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_speech_timeout_options_trigger_reset_mode import (
        CustomerSpeechTimeoutOptionsTriggerResetMode,
        _CustomerSpeechTimeoutOptionsTriggerResetModeValues,
    )


__all__ = ["CustomerSpeechTimeoutOptions"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CustomerSpeechTimeoutOptions(Model):
    """CustomerSpeechTimeoutOptions

    Attributes:
        timeout_seconds: This is the timeout in seconds before action is triggered.
            The clock starts when the assistant finishes speaking and remains active until the user speaks.

            @default 7.5
            @minimum 2
            @maximum 1000
        trigger_reset_mode: This is whether the counter for hook trigger resets the user speaks.

            @default never
        trigger_max_count: This is the maximum number of times the hook will trigger in a call.

            @default 3
    """

    _schema: ClassVar[str] = "CustomerSpeechTimeoutOptions"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("timeoutSeconds", "timeout_seconds"),
        ("triggerResetMode", "trigger_reset_mode"),
        ("triggerMaxCount", "trigger_max_count"),
    )

    timeout_seconds: float
    trigger_reset_mode: (
        CustomerSpeechTimeoutOptionsTriggerResetMode | _CustomerSpeechTimeoutOptionsTriggerResetModeValues | Unset
    ) = UNSET
    trigger_max_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CustomerSpeechTimeoutOptions(
    data: dict[str, Any], strict: bool
) -> CustomerSpeechTimeoutOptions | dict[str, Any]:
    """CustomerSpeechTimeoutOptions from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 1000 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "triggerResetMode" in data:
        v = data["triggerResetMode"]
        p1 = _MEMBERS["CustomerSpeechTimeoutOptionsTriggerResetMode"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("CustomerSpeechTimeoutOptionsTriggerResetMode", v)
        if p1 is _S:
            slow = True
    if "triggerMaxCount" in data:
        v = data["triggerMaxCount"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 10 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CustomerSpeechTimeoutOptions:
            return CustomerSpeechTimeoutOptions(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CustomerSpeechTimeoutOptions(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CustomerSpeechTimeoutOptions}
            return obj
    return {"timeoutSeconds": p0, "triggerResetMode": p1, "triggerMaxCount": p2}


_KNOWN_CustomerSpeechTimeoutOptions = frozenset(("timeoutSeconds", "triggerResetMode", "triggerMaxCount"))


def _to_dict_CustomerSpeechTimeoutOptions(self: CustomerSpeechTimeoutOptions) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.trigger_reset_mode
    if v is not UNSET:
        out["triggerResetMode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.trigger_max_count
    if v is not UNSET:
        out["triggerMaxCount"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CustomerSpeechTimeoutOptions._fast_load = _load_CustomerSpeechTimeoutOptions
setattr(CustomerSpeechTimeoutOptions, "to_dict", _to_dict_CustomerSpeechTimeoutOptions)  # noqa: B010 - replaces Model.to_dict

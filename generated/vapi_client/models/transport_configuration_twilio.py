# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

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
    from ..models.transport_configuration_twilio_recording_channels import (
        TransportConfigurationTwilioRecordingChannels,
        _TransportConfigurationTwilioRecordingChannelsValues,
    )


__all__ = ["TransportConfigurationTwilio"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransportConfigurationTwilio(Model):
    """TransportConfigurationTwilio

    Attributes:
        provider:
        timeout: The integer number of seconds that we should allow the phone to ring before assuming there is no
            answer.
            The default is `60` seconds and the maximum is `600` seconds.
            For some call flows, we will add a 5-second buffer to the timeout value you provide.
            For this reason, a timeout value of 10 seconds could result in an actual timeout closer to 15
            seconds.
            You can set this to a short time, such as `15` seconds, to hang up before reaching an answering
            machine or voicemail.

            @default 60
        record: Whether to record the call.
            Can be `true` to record the phone call, or `false` to not.
            The default is `false`.

            @default false
        recording_channels: The number of channels in the final recording.
            Can be: `mono` or `dual`.
            The default is `mono`.
            `mono` records both legs of the call in a single channel of the recording file.
            `dual` records each leg to a separate channel of the recording file.
            The first channel of a dual-channel recording contains the parent call and the second channel
            contains the child call.

            @default 'mono'
    """

    _schema: ClassVar[str] = "TransportConfigurationTwilio"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("timeout", "timeout"),
        ("record", "record"),
        ("recordingChannels", "recording_channels"),
    )

    provider: Literal["twilio"]
    timeout: float | Unset = UNSET
    record: bool | Unset = UNSET
    recording_channels: (
        TransportConfigurationTwilioRecordingChannels | _TransportConfigurationTwilioRecordingChannelsValues | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TransportConfigurationTwilio(
    data: dict[str, Any], strict: bool
) -> TransportConfigurationTwilio | dict[str, Any]:
    """TransportConfigurationTwilio from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "twilio" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "timeout" in data:
        v = data["timeout"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 600 else _S
        if p1 is _S:
            slow = True
    if "record" in data:
        v = data["record"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "recordingChannels" in data:
        v = data["recordingChannels"]
        p3 = _MEMBERS["TransportConfigurationTwilioRecordingChannels"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and not strict:
            p3 = _h.open_member("TransportConfigurationTwilioRecordingChannels", v)
        if p3 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransportConfigurationTwilio:
            return TransportConfigurationTwilio(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransportConfigurationTwilio(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransportConfigurationTwilio}
            return obj
    return {"provider": p0, "timeout": p1, "record": p2, "recordingChannels": p3}


_KNOWN_TransportConfigurationTwilio = frozenset(("provider", "timeout", "record", "recordingChannels"))


def _to_dict_TransportConfigurationTwilio(self: TransportConfigurationTwilio) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.timeout
    if v is not UNSET:
        out["timeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.record
    if v is not UNSET:
        out["record"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.recording_channels
    if v is not UNSET:
        out["recordingChannels"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransportConfigurationTwilio._fast_load = _load_TransportConfigurationTwilio
setattr(TransportConfigurationTwilio, "to_dict", _to_dict_TransportConfigurationTwilio)  # noqa: B010 - replaces Model.to_dict

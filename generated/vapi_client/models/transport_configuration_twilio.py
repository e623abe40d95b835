from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transport_configuration_twilio_recording_channels import TransportConfigurationTwilioRecordingChannels


__all__ = ["TransportConfigurationTwilio"]


@_attrs_define(repr=False)
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
        recording_channels:
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
    recording_channels: TransportConfigurationTwilioRecordingChannels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

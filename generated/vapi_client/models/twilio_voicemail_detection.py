from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twilio_voicemail_detection_voicemail_detection_type import (
        TwilioVoicemailDetectionVoicemailDetectionType,
    )


__all__ = ["TwilioVoicemailDetection"]


@_attrs_define(repr=False)
class TwilioVoicemailDetection(Model):
    """Answering machine detection settings for outbound calls placed through Twilio.

    Attributes:
        provider: Discriminator naming the detection provider; only Twilio exists in this version.
        voicemail_detection_types: Detection results that should be treated as reaching voicemail.
        enabled: Whether answering machine detection runs on the call.
        machine_detection_timeout: Seconds to spend trying to detect an answering machine.
        machine_detection_speech_threshold: Milliseconds of continuous speech after which a machine is assumed to have answered.
        machine_detection_speech_end_threshold: Milliseconds of silence after speech treated as the end of a greeting.
        machine_detection_silence_timeout: Milliseconds of initial silence after which detection gives up and reports unknown.
    """

    _schema: ClassVar[str] = "TwilioVoicemailDetection"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("voicemailDetectionTypes", "voicemail_detection_types"),
        ("enabled", "enabled"),
        ("machineDetectionTimeout", "machine_detection_timeout"),
        ("machineDetectionSpeechThreshold", "machine_detection_speech_threshold"),
        ("machineDetectionSpeechEndThreshold", "machine_detection_speech_end_threshold"),
        ("machineDetectionSilenceTimeout", "machine_detection_silence_timeout"),
    )

    provider: Literal["twilio"]
    voicemail_detection_types: list[TwilioVoicemailDetectionVoicemailDetectionType] | Unset = UNSET
    enabled: bool | Unset = UNSET
    machine_detection_timeout: float | Unset = UNSET
    machine_detection_speech_threshold: float | Unset = UNSET
    machine_detection_speech_end_threshold: float | Unset = UNSET
    machine_detection_silence_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

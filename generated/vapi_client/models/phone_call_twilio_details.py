from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_call_twilio_details_machine_detection import PhoneCallTwilioDetailsMachineDetection
    from ..models.phone_call_twilio_details_status_callback_event import PhoneCallTwilioDetailsStatusCallbackEvent


__all__ = ["PhoneCallTwilioDetails"]


@_attrs_define(repr=False)
class PhoneCallTwilioDetails(Model):
    """Twilio call creation parameters, returned so you can place the call yourself.

    Attributes:
        to: Phone number being called.
        from_: Phone number the call is placed from.
        status_callback_event: Known values of PhoneCallTwilioDetails.statusCallbackEvent.
        machine_detection: Known values of PhoneCallTwilioDetails.machineDetection.
        twiml: TwiML instructions that connect the answered call to Vapi.
        status_callback: URL Twilio notifies about call progress events.
        machine_detection_timeout: Seconds Twilio spends trying to detect an answering machine.
        machine_detection_speech_threshold: Milliseconds of continuous speech after which Twilio assumes a machine answered.
        machine_detection_speech_end_threshold: Milliseconds of silence after speech that Twilio treats as the end of a greeting.
        machine_detection_silence_timeout: Milliseconds of initial silence after which Twilio gives up and reports unknown.
        async_amd: Whether Twilio runs answering machine detection asynchronously, as the string 'true' or 'false'.
        async_amd_status_callback: URL Twilio notifies with the asynchronous answering machine detection result.
        record: Whether Twilio records the call.
    """

    _schema: ClassVar[str] = "PhoneCallTwilioDetails"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("to", "to"),
        ("from", "from_"),
        ("statusCallbackEvent", "status_callback_event"),
        ("machineDetection", "machine_detection"),
        ("twiml", "twiml"),
        ("statusCallback", "status_callback"),
        ("machineDetectionTimeout", "machine_detection_timeout"),
        ("machineDetectionSpeechThreshold", "machine_detection_speech_threshold"),
        ("machineDetectionSpeechEndThreshold", "machine_detection_speech_end_threshold"),
        ("machineDetectionSilenceTimeout", "machine_detection_silence_timeout"),
        ("asyncAmd", "async_amd"),
        ("asyncAmdStatusCallback", "async_amd_status_callback"),
        ("record", "record"),
    )

    to: str
    from_: str
    status_callback_event: PhoneCallTwilioDetailsStatusCallbackEvent | Unset = UNSET
    machine_detection: PhoneCallTwilioDetailsMachineDetection | Unset = UNSET
    twiml: str | Unset = UNSET
    status_callback: str | Unset = UNSET
    machine_detection_timeout: float | Unset = UNSET
    machine_detection_speech_threshold: float | Unset = UNSET
    machine_detection_speech_end_threshold: float | Unset = UNSET
    machine_detection_silence_timeout: float | Unset = UNSET
    async_amd: str | Unset = UNSET
    async_amd_status_callback: str | Unset = UNSET
    record: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

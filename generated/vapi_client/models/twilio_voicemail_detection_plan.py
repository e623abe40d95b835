# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twilio_voicemail_detection_plan_voicemail_detection_types import (
        TwilioVoicemailDetectionPlanVoicemailDetectionTypes,
        _TwilioVoicemailDetectionPlanVoicemailDetectionTypesValues,
    )


__all__ = ["TwilioVoicemailDetectionPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TwilioVoicemailDetectionPlan(Model):
    """TwilioVoicemailDetectionPlan

    Attributes:
        provider: This is the provider to use for voicemail detection.
        voicemail_detection_types: These are the AMD messages from Twilio that are considered as voicemail. Default is
            ['machine_end_beep', 'machine_end_silence'].

            @default {Array} ['machine_end_beep', 'machine_end_silence']
        enabled: This sets whether the assistant should detect voicemail. Defaults to true.

            @default true
        machine_detection_timeout: The number of seconds that Twilio should attempt to perform answering machine detection before
            timing out and returning AnsweredBy as unknown. Default is 30 seconds.

            Increasing this value will provide the engine more time to make a determination. This can be useful
            when DetectMessageEnd is provided in the MachineDetection parameter and there is an expectation of
            long answering machine greetings that can exceed 30 seconds.

            Decreasing this value will reduce the amount of time the engine has to make a determination. This
            can be particularly useful when the Enable option is provided in the MachineDetection parameter and
            you want to limit the time for initial detection.

            Check the [Twilio docs](https://www.twilio.com/docs/voice/answering-machine-detection#optional-api-
            tuning-parameters) for more info.

            @default 30
        machine_detection_speech_threshold: The number of milliseconds that is used as the measuring stick for the length of the speech
            activity. Durations lower than this value will be interpreted as a human, longer as a machine.
            Default is 2400 milliseconds.

            Increasing this value will reduce the chance of a False Machine (detected machine, actually human)
            for a long human greeting (e.g., a business greeting) but increase the time it takes to detect a
            machine.

            Decreasing this value will reduce the chances of a False Human (detected human, actually machine)
            for short voicemail greetings. The value of this parameter may need to be reduced by more than
            1000ms to detect very short voicemail greetings. A reduction of that significance can result in
            increased False Machine detections. Adjusting the MachineDetectionSpeechEndThreshold is likely the
            better approach for short voicemails. Decreasing MachineDetectionSpeechThreshold will also reduce
            the time it takes to detect a machine.

            Check the [Twilio docs](https://www.twilio.com/docs/voice/answering-machine-detection#optional-api-
            tuning-parameters) for more info.

            @default 2400
        machine_detection_speech_end_threshold: The number of milliseconds of silence after speech activity at which point the speech activity is
            considered complete. Default is 1200 milliseconds.

            Increasing this value will typically be used to better address the short voicemail greeting
            scenarios. For short voicemails, there is typically 1000-2000ms of audio followed by 1200-2400ms of
            silence and then additional audio before the beep. Increasing the MachineDetectionSpeechEndThreshold
            to ~2500ms will treat the 1200-2400ms of silence as a gap in the greeting but not the end of the
            greeting and will result in a machine detection. The downsides of such a change include:
            - Increasing the delay for human detection by the amount you increase this parameter, e.g., a change
            of 1200ms to 2500ms increases human detection delay by 1300ms.
            - Cases where a human has two utterances separated by a period of silence (e.g. a "Hello", then
            2000ms of silence, and another "Hello") may be interpreted as a machine.

            Decreasing this value will result in faster human detection. The consequence is that it can lead to
            increased False Human (detected human, actually machine) detections because a silence gap in a
            voicemail greeting (not necessarily just in short voicemail scenarios) can be incorrectly
            interpreted as the end of speech.

            Check the [Twilio docs](https://www.twilio.com/docs/voice/answering-machine-detection#optional-api-
            tuning-parameters) for more info.

            @default 1200
        machine_detection_silence_timeout: The number of milliseconds of initial silence after which an unknown AnsweredBy result will be
            returned. Default is 5000 milliseconds.

            Increasing this value will result in waiting for a longer period of initial silence before returning
            an 'unknown' AMD result.

            Decreasing this value will result in waiting for a shorter period of initial silence before
            returning an 'unknown' AMD result.

            Check the [Twilio docs](https://www.twilio.com/docs/voice/answering-machine-detection#optional-api-
            tuning-parameters) for more info.

            @default 5000
    """

    _schema: ClassVar[str] = "TwilioVoicemailDetectionPlan"
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
    voicemail_detection_types: (
        list[
            TwilioVoicemailDetectionPlanVoicemailDetectionTypes
            | _TwilioVoicemailDetectionPlanVoicemailDetectionTypesValues
        ]
        | Unset
    ) = UNSET
    enabled: bool | Unset = UNSET
    machine_detection_timeout: float | Unset = UNSET
    machine_detection_speech_threshold: float | Unset = UNSET
    machine_detection_speech_end_threshold: float | Unset = UNSET
    machine_detection_silence_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TwilioVoicemailDetectionPlan_items_6 = _h.Items(("enum", "TwilioVoicemailDetectionPlanVoicemailDetectionTypes", False))


def _load_TwilioVoicemailDetectionPlan(
    data: dict[str, Any], strict: bool
) -> TwilioVoicemailDetectionPlan | dict[str, Any]:
    """TwilioVoicemailDetectionPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "twilio" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "voicemailDetectionTypes" in data:
        v = data["voicemailDetectionTypes"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = (
                    _MEMBERS["TwilioVoicemailDetectionPlanVoicemailDetectionTypes"].get(e1, _S)
                    if type(e1) is str
                    else _S
                )
                if x2 is _S and type(e1) is str and not strict:
                    x2 = _h.open_member("TwilioVoicemailDetectionPlanVoicemailDetectionTypes", e1)
                if x2 is _S:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_TwilioVoicemailDetectionPlan_items_6, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "enabled" in data:
        v = data["enabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "machineDetectionTimeout" in data:
        v = data["machineDetectionTimeout"]
        p3 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 3 and v <= 59 else _S
        if p3 is _S:
            slow = True
    if "machineDetectionSpeechThreshold" in data:
        v = data["machineDetectionSpeechThreshold"]
        p4 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1000 and v <= 6000 else _S
        if p4 is _S:
            slow = True
    if "machineDetectionSpeechEndThreshold" in data:
        v = data["machineDetectionSpeechEndThreshold"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 500 and v <= 5000 else _S
        if p5 is _S:
            slow = True
    if "machineDetectionSilenceTimeout" in data:
        v = data["machineDetectionSilenceTimeout"]
        p6 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 2000 and v <= 10000 else _S
        if p6 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TwilioVoicemailDetectionPlan:
            return TwilioVoicemailDetectionPlan(p0, p1, p2, p3, p4, p5, p6)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TwilioVoicemailDetectionPlan(p0, p1, p2, p3, p4, p5, p6)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TwilioVoicemailDetectionPlan}
            return obj
    return {
        "provider": p0,
        "voicemailDetectionTypes": p1,
        "enabled": p2,
        "machineDetectionTimeout": p3,
        "machineDetectionSpeechThreshold": p4,
        "machineDetectionSpeechEndThreshold": p5,
        "machineDetectionSilenceTimeout": p6,
    }


_KNOWN_TwilioVoicemailDetectionPlan = frozenset(
    (
        "provider",
        "voicemailDetectionTypes",
        "enabled",
        "machineDetectionTimeout",
        "machineDetectionSpeechThreshold",
        "machineDetectionSpeechEndThreshold",
        "machineDetectionSilenceTimeout",
    )
)


def _to_dict_TwilioVoicemailDetectionPlan(self: TwilioVoicemailDetectionPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.voicemail_detection_types
    if v is not UNSET:
        out["voicemailDetectionTypes"] = (
            [i7._value_ if isinstance(i7, _h.Enum) else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.enabled
    if v is not UNSET:
        out["enabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.machine_detection_timeout
    if v is not UNSET:
        out["machineDetectionTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.machine_detection_speech_threshold
    if v is not UNSET:
        out["machineDetectionSpeechThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.machine_detection_speech_end_threshold
    if v is not UNSET:
        out["machineDetectionSpeechEndThreshold"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.machine_detection_silence_timeout
    if v is not UNSET:
        out["machineDetectionSilenceTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TwilioVoicemailDetectionPlan._fast_load = _load_TwilioVoicemailDetectionPlan
setattr(TwilioVoicemailDetectionPlan, "to_dict", _to_dict_TwilioVoicemailDetectionPlan)  # noqa: B010 - replaces Model.to_dict

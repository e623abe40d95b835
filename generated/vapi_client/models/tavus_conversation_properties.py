# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

__all__ = ["TavusConversationProperties"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TavusConversationProperties(Model):
    """TavusConversationProperties

    Attributes:
        max_call_duration: The maximum duration of the call in seconds. The default `maxCallDuration` is 3600 seconds (1 hour).
            Once the time limit specified by this parameter has been reached, the conversation will
            automatically shut down.
        participant_left_timeout: The duration in seconds after which the call will be automatically shut down once the last
            participant leaves.
        participant_absent_timeout: Starting from conversation creation, the duration in seconds after which the call will be
            automatically shut down if no participant joins the call.
            Default is 300 seconds (5 minutes).
        enable_recording: If true, the user will be able to record the conversation.
        enable_transcription: If true, the user will be able to transcribe the conversation.
            You can find more instructions on displaying transcriptions if you are using your custom DailyJS
            components here.
            You need to have an event listener on Daily that listens for `app-messages`.
        apply_greenscreen: If true, the background will be replaced with a greenscreen (RGB values: `[0, 255, 155]`).
            You can use WebGL on the frontend to make the greenscreen transparent or change its color.
        language: The language of the conversation. Please provide the **full language name**, not the two-letter
            code.
            If you are using your own TTS voice, please ensure it supports the language you provide.
            If you are using a stock replica or default persona, please note that only ElevenLabs and Cartesia
            supported languages are available.
            You can find a full list of supported languages for Cartesia here, for ElevenLabs here, and for
            PlayHT here.
        recording_s3_bucket_name: The name of the S3 bucket where the recording will be stored.
        recording_s3_bucket_region: The region of the S3 bucket where the recording will be stored.
        aws_assume_role_arn: The ARN of the role that will be assumed to access the S3 bucket.
    """

    _schema: ClassVar[str] = "TavusConversationProperties"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("maxCallDuration", "max_call_duration"),
        ("participantLeftTimeout", "participant_left_timeout"),
        ("participantAbsentTimeout", "participant_absent_timeout"),
        ("enableRecording", "enable_recording"),
        ("enableTranscription", "enable_transcription"),
        ("applyGreenscreen", "apply_greenscreen"),
        ("language", "language"),
        ("recordingS3BucketName", "recording_s3_bucket_name"),
        ("recordingS3BucketRegion", "recording_s3_bucket_region"),
        ("awsAssumeRoleArn", "aws_assume_role_arn"),
    )

    max_call_duration: float | Unset = UNSET
    participant_left_timeout: float | Unset = UNSET
    participant_absent_timeout: float | Unset = UNSET
    enable_recording: bool | Unset = UNSET
    enable_transcription: bool | Unset = UNSET
    apply_greenscreen: bool | Unset = UNSET
    language: str | Unset = UNSET
    recording_s3_bucket_name: str | Unset = UNSET
    recording_s3_bucket_region: str | Unset = UNSET
    aws_assume_role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TavusConversationProperties(
    data: dict[str, Any], strict: bool
) -> TavusConversationProperties | dict[str, Any]:
    """TavusConversationProperties from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    slow = False
    if "maxCallDuration" in data:
        v = data["maxCallDuration"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p0 is _S:
            slow = True
    if "participantLeftTimeout" in data:
        v = data["participantLeftTimeout"]
        p1 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p1 is _S:
            slow = True
    if "participantAbsentTimeout" in data:
        v = data["participantAbsentTimeout"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "enableRecording" in data:
        v = data["enableRecording"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "enableTranscription" in data:
        v = data["enableTranscription"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "applyGreenscreen" in data:
        v = data["applyGreenscreen"]
        p5 = v if (v is True or v is False) else _S
        if p5 is _S:
            slow = True
    if "language" in data:
        v = data["language"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "recordingS3BucketName" in data:
        v = data["recordingS3BucketName"]
        p7 = v if type(v) is str else _S
        if p7 is _S:
            slow = True
    if "recordingS3BucketRegion" in data:
        v = data["recordingS3BucketRegion"]
        p8 = v if type(v) is str else _S
        if p8 is _S:
            slow = True
    if "awsAssumeRoleArn" in data:
        v = data["awsAssumeRoleArn"]
        p9 = v if type(v) is str else _S
        if p9 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TavusConversationProperties:
            return TavusConversationProperties(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TavusConversationProperties(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TavusConversationProperties}
            return obj
    return {
        "maxCallDuration": p0,
        "participantLeftTimeout": p1,
        "participantAbsentTimeout": p2,
        "enableRecording": p3,
        "enableTranscription": p4,
        "applyGreenscreen": p5,
        "language": p6,
        "recordingS3BucketName": p7,
        "recordingS3BucketRegion": p8,
        "awsAssumeRoleArn": p9,
    }


_KNOWN_TavusConversationProperties = frozenset(
    (
        "maxCallDuration",
        "participantLeftTimeout",
        "participantAbsentTimeout",
        "enableRecording",
        "enableTranscription",
        "applyGreenscreen",
        "language",
        "recordingS3BucketName",
        "recordingS3BucketRegion",
        "awsAssumeRoleArn",
    )
)


def _to_dict_TavusConversationProperties(self: TavusConversationProperties) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.max_call_duration
    if v is not UNSET:
        out["maxCallDuration"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.participant_left_timeout
    if v is not UNSET:
        out["participantLeftTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.participant_absent_timeout
    if v is not UNSET:
        out["participantAbsentTimeout"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.enable_recording
    if v is not UNSET:
        out["enableRecording"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.enable_transcription
    if v is not UNSET:
        out["enableTranscription"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.apply_greenscreen
    if v is not UNSET:
        out["applyGreenscreen"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.recording_s3_bucket_name
    if v is not UNSET:
        out["recordingS3BucketName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.recording_s3_bucket_region
    if v is not UNSET:
        out["recordingS3BucketRegion"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.aws_assume_role_arn
    if v is not UNSET:
        out["awsAssumeRoleArn"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TavusConversationProperties._fast_load = _load_TavusConversationProperties
setattr(TavusConversationProperties, "to_dict", _to_dict_TavusConversationProperties)  # noqa: B010 - replaces Model.to_dict

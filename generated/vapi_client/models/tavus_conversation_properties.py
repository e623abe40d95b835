from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["TavusConversationProperties"]


@_attrs_define(repr=False)
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

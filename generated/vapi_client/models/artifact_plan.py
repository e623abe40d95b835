from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_plan_recording_format import ArtifactPlanRecordingFormat
    from ..models.create_scorecard_dto import CreateScorecardDTO
    from ..models.create_structured_output_dto import CreateStructuredOutputDTO
    from ..models.transcript_plan import TranscriptPlan


__all__ = ["ArtifactPlan"]


@_attrs_define(repr=False)
class ArtifactPlan(Model):
    """ArtifactPlan

    Attributes:
        recording_enabled: This determines whether assistant's calls are recorded. Defaults to true.

            Usage:
            - If you don't want to record the calls, set this to false.
            - If you want to record the calls when `assistant.hipaaEnabled` (deprecated) or
            `assistant.compliancePlan.hipaaEnabled` explicity set this to true and make sure to provide S3 or
            GCP credentials on the Provider Credentials page in the Dashboard.

            You can find the recording at `call.artifact.recordingUrl` and `call.artifact.stereoRecordingUrl`
            after the call is ended.

            @default true
        recording_format:
        recording_use_custom_storage_enabled: This determines whether to use custom storage (S3 or GCP) for call recordings when storage
            credentials are configured.

            When set to false, recordings will be stored on Vapi's storage instead of your custom storage, even
            if you have custom storage credentials configured.

            Usage:
            - Set to false if you have custom storage configured but want to store recordings on Vapi's storage
            for this assistant.
            - Set to true (or leave unset) to use your custom storage for recordings when available.

            If your organization has ZDR (zero data retention) or PCI enabled, recordings are never written to
            Vapi storage. In that case, false means "do not use my custom storage", so nothing is stored at all.

            @default true
        video_recording_enabled: This determines whether the video is recorded during the call. Defaults to false. Only relevant for
            `webCall` type.

            You can find the video recording at `call.artifact.videoRecordingUrl` after the call is ended.

            @default false
        full_message_history_enabled: This determines whether the artifact contains the full message history, even after handoff context
            engineering. Defaults to false.
        pcap_enabled: This determines whether the SIP packet capture is enabled. Defaults to true. Only relevant for
            `phone` type calls where phone number's provider is `vapi` or `byo-phone-number`.

            You can find the packet capture at `call.artifact.pcapUrl` after the call is ended.

            @default true
        pcap_s3_path_prefix: This is the path where the SIP packet capture will be uploaded. This is only used if you have
            provided S3 or GCP credentials on the Provider Credentials page in the Dashboard.

            If credential.s3PathPrefix or credential.bucketPlan.path is set, this will append to it.

            Usage:
            - If you want to upload the packet capture to a specific path, set this to the path. Example: `/my-
            assistant-captures`.
            - If you want to upload the packet capture to the root of the bucket, set this to `/`.

            @default '/'
        pcap_use_custom_storage_enabled: This determines whether to use custom storage (S3 or GCP) for SIP packet captures when storage
            credentials are configured.

            When set to false, packet captures will be stored on Vapi's storage instead of your custom storage,
            even if you have custom storage credentials configured.

            Usage:
            - Set to false if you have custom storage configured but want to store packet captures on Vapi's
            storage for this assistant.
            - Set to true (or leave unset) to use your custom storage for packet captures when available.

            If your organization has ZDR (zero data retention) or PCI enabled, packet captures are never written
            to Vapi storage. In that case, false means "do not use my custom storage", so nothing is stored at
            all.

            @default true
        logging_enabled: This determines whether the call logs are enabled. Defaults to true.

            @default true
        logging_use_custom_storage_enabled: This determines whether to use custom storage (S3 or GCP) for call logs when storage credentials are
            configured.

            When set to false, logs will be stored on Vapi's storage instead of your custom storage, even if you
            have custom storage credentials configured.

            Usage:
            - Set to false if you have custom storage configured but want to store logs on Vapi's storage for
            this assistant.
            - Set to true (or leave unset) to use your custom storage for logs when available.

            If your organization has ZDR (zero data retention) or PCI enabled, logs are never written to Vapi
            storage. In that case, false means "do not use my custom storage", so nothing is stored at all.

            @default true
        transcript_plan:
        recording_path: This is the path where the recording will be uploaded. This is only used if you have provided S3 or
            GCP credentials on the Provider Credentials page in the Dashboard.

            If credential.s3PathPrefix or credential.bucketPlan.path is set, this will append to it.

            Usage:
            - If you want to upload the recording to a specific path, set this to the path. Example: `/my-
            assistant-recordings`.
            - If you want to upload the recording to the root of the bucket, set this to `/`.

            @default '/'
        structured_output_ids: This is an array of structured output IDs to be calculated during the call.
            The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is
            ended.
        structured_outputs: This is an array of transient structured outputs to be calculated during the call.
            The outputs will be extracted and stored in `call.artifact.structuredOutputs` after the call is
            ended.
            Use this to provide inline structured output configurations instead of referencing existing ones via
            structuredOutputIds.
        scorecard_ids: This is an array of scorecard IDs that will be evaluated based on the structured outputs extracted
            during the call.
            The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after
            the call has ended.
        scorecards: This is the array of scorecards that will be evaluated based on the structured outputs extracted
            during the call.
            The scorecards will be evaluated and the results will be stored in `call.artifact.scorecards` after
            the call has ended.
        logging_path: This is the path where the call logs will be uploaded. This is only used if you have provided S3 or
            GCP credentials on the Provider Credentials page in the Dashboard.

            If credential.s3PathPrefix or credential.bucketPlan.path is set, this will append to it.

            Usage:
            - If you want to upload the call logs to a specific path, set this to the path. Example: `/my-
            assistant-logs`.
            - If you want to upload the call logs to the root of the bucket, set this to `/`.

            @default '/'
    """

    _schema: ClassVar[str] = "ArtifactPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("recordingEnabled", "recording_enabled"),
        ("recordingFormat", "recording_format"),
        ("recordingUseCustomStorageEnabled", "recording_use_custom_storage_enabled"),
        ("videoRecordingEnabled", "video_recording_enabled"),
        ("fullMessageHistoryEnabled", "full_message_history_enabled"),
        ("pcapEnabled", "pcap_enabled"),
        ("pcapS3PathPrefix", "pcap_s3_path_prefix"),
        ("pcapUseCustomStorageEnabled", "pcap_use_custom_storage_enabled"),
        ("loggingEnabled", "logging_enabled"),
        ("loggingUseCustomStorageEnabled", "logging_use_custom_storage_enabled"),
        ("transcriptPlan", "transcript_plan"),
        ("recordingPath", "recording_path"),
        ("structuredOutputIds", "structured_output_ids"),
        ("structuredOutputs", "structured_outputs"),
        ("scorecardIds", "scorecard_ids"),
        ("scorecards", "scorecards"),
        ("loggingPath", "logging_path"),
    )

    recording_enabled: bool | Unset = UNSET
    recording_format: ArtifactPlanRecordingFormat | Unset = UNSET
    recording_use_custom_storage_enabled: bool | Unset = UNSET
    video_recording_enabled: bool | Unset = UNSET
    full_message_history_enabled: bool | Unset = UNSET
    pcap_enabled: bool | Unset = UNSET
    pcap_s3_path_prefix: str | Unset = UNSET
    pcap_use_custom_storage_enabled: bool | Unset = UNSET
    logging_enabled: bool | Unset = UNSET
    logging_use_custom_storage_enabled: bool | Unset = UNSET
    transcript_plan: TranscriptPlan | Unset = UNSET
    recording_path: str | Unset = UNSET
    structured_output_ids: list[str] | Unset = UNSET
    structured_outputs: list[CreateStructuredOutputDTO] | Unset = UNSET
    scorecard_ids: list[str] | Unset = UNSET
    scorecards: list[CreateScorecardDTO] | Unset = UNSET
    logging_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

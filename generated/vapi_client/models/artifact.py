from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import SkippedStructuredOutput
    from ..models.assistant_activation import AssistantActivation
    from ..models.bot_message import BotMessage
    from ..models.node_artifact import NodeArtifact
    from ..models.open_ai_message import OpenAIMessage
    from ..models.performance_metrics import PerformanceMetrics
    from ..models.recording import Recording
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.transfer_artifact import TransferArtifact
    from ..models.unknown_variants import UnknownConversationMessage
    from ..models.user_message import UserMessage


__all__ = ["Artifact"]


@_attrs_define(repr=False)
class Artifact(Model):
    """Artifact

    Attributes:
        messages: These are the messages that were spoken during the call.
        messages_open_ai_formatted: These are the messages that were spoken during the call, formatted for OpenAI.
        skipped_structured_outputs: Structured outputs skipped because their conditions were not met, keyed by saved or runtime output
            ID.
        transfers: These are the transfer records for the call's transfer attempts (warm and blind), including
            destination, mode, and status. Warm transfer records also include transcripts and messages.
        recording_url: This is the recording url for the call. To enable, set `assistant.artifactPlan.recordingEnabled`.
        stereo_recording_url: This is the stereo recording url for the call. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        video_recording_url: This is video recording url for the call. To enable, set
            `assistant.artifactPlan.videoRecordingEnabled`.
        video_recording_start_delay_seconds: This is video recording start delay in ms. To enable, set
            `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the
            recording with artifact.messages timestamps.
        recording:
        transcript: This is the transcript of the call. This is derived from `artifact.messages` but provided for
            convenience.
        pcap_url: This is the packet capture url for the call. This is only available for `phone` type calls where
            phone number's provider is `vapi` or `byo-phone-number`.
        log_url: This is the url for the call logs. This includes all logging output during the call for debugging
            purposes.
        nodes: This is the history of workflow nodes that were executed during the call.
        assistant_activations: Ordered list of assistants that were active during the call, including after transfers and handoffs.
        variable_values: Any JSON object: free-form data the API stores and returns as given.
        performance_metrics:
        structured_outputs: Any JSON object: free-form data the API stores and returns as given.
        scorecards: Any JSON object: free-form data the API stores and returns as given.
        structured_outputs_last_updated_at: This is when the structured outputs were last updated
        presigned_mono_url: This is a presigned URL to download the mono recording without
            authentication. Populated on API responses and server messages; never
            stored. Expires at `presignedUrlsExpiresAt` — after that, use
            `GET /call/{id}/mono-recording`.
        presigned_stereo_url: This is a presigned URL to download the stereo recording without
            authentication. Expires at `presignedUrlsExpiresAt` — after that, use
            `GET /call/{id}/stereo-recording`.
        presigned_video_url: This is a presigned URL to download the video recording without
            authentication. Expires at `presignedUrlsExpiresAt` — after that, use
            `GET /call/{id}/video-recording`.
        presigned_assistant_url: This is a presigned URL to download the assistant-channel mono recording
            without authentication. Expires at `presignedUrlsExpiresAt`.
        presigned_customer_url: This is a presigned URL to download the customer-channel mono recording
            without authentication. Expires at `presignedUrlsExpiresAt`.
        presigned_pcap_url: This is a presigned URL to download the packet capture without
            authentication. Expires at `presignedUrlsExpiresAt`.
        presigned_log_url: This is a presigned URL to download the call logs without
            authentication. Expires at `presignedUrlsExpiresAt`.
        presigned_urls_expires_at: This is when the presigned URLs above expire, as an ISO 8601 timestamp.
            The raw `*Url` fields remain the stable identifiers and do not expire.
            Presigned URLs are regenerated per response and per webhook delivery, so
            values differ across retries.
    """

    _schema: ClassVar[str] = "Artifact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("messagesOpenAIFormatted", "messages_open_ai_formatted"),
        ("skippedStructuredOutputs", "skipped_structured_outputs"),
        ("transfers", "transfers"),
        ("recordingUrl", "recording_url"),
        ("stereoRecordingUrl", "stereo_recording_url"),
        ("videoRecordingUrl", "video_recording_url"),
        ("videoRecordingStartDelaySeconds", "video_recording_start_delay_seconds"),
        ("recording", "recording"),
        ("transcript", "transcript"),
        ("pcapUrl", "pcap_url"),
        ("logUrl", "log_url"),
        ("nodes", "nodes"),
        ("assistantActivations", "assistant_activations"),
        ("variableValues", "variable_values"),
        ("performanceMetrics", "performance_metrics"),
        ("structuredOutputs", "structured_outputs"),
        ("scorecards", "scorecards"),
        ("structuredOutputsLastUpdatedAt", "structured_outputs_last_updated_at"),
        ("presignedMonoUrl", "presigned_mono_url"),
        ("presignedStereoUrl", "presigned_stereo_url"),
        ("presignedVideoUrl", "presigned_video_url"),
        ("presignedAssistantUrl", "presigned_assistant_url"),
        ("presignedCustomerUrl", "presigned_customer_url"),
        ("presignedPcapUrl", "presigned_pcap_url"),
        ("presignedLogUrl", "presigned_log_url"),
        ("presignedUrlsExpiresAt", "presigned_urls_expires_at"),
    )

    messages: (
        list[
            UserMessage
            | SystemMessage
            | BotMessage
            | ToolCallMessage
            | ToolCallResultMessage
            | UnknownConversationMessage
        ]
        | Unset
    ) = UNSET
    messages_open_ai_formatted: list[OpenAIMessage] | Unset = UNSET
    skipped_structured_outputs: dict[str, SkippedStructuredOutput] | Unset = UNSET
    transfers: list[TransferArtifact] | Unset = UNSET
    recording_url: str | Unset = UNSET
    stereo_recording_url: str | Unset = UNSET
    video_recording_url: str | Unset = UNSET
    video_recording_start_delay_seconds: float | Unset = UNSET
    recording: Recording | Unset = UNSET
    transcript: str | Unset = UNSET
    pcap_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    nodes: list[NodeArtifact] | Unset = UNSET
    assistant_activations: list[AssistantActivation] | Unset = UNSET
    variable_values: dict[str, Any] | Unset = UNSET
    performance_metrics: PerformanceMetrics | Unset = UNSET
    structured_outputs: dict[str, Any] | Unset = UNSET
    scorecards: dict[str, Any] | Unset = UNSET
    structured_outputs_last_updated_at: datetime.datetime | Unset = UNSET
    presigned_mono_url: str | Unset = UNSET
    presigned_stereo_url: str | Unset = UNSET
    presigned_video_url: str | Unset = UNSET
    presigned_assistant_url: str | Unset = UNSET
    presigned_customer_url: str | Unset = UNSET
    presigned_pcap_url: str | Unset = UNSET
    presigned_log_url: str | Unset = UNSET
    presigned_urls_expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

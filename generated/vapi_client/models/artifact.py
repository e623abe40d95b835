# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
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


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        recording: This is the recording url for the call. To enable, set `assistant.artifactPlan.recordingEnabled`.
        transcript: This is the transcript of the call. This is derived from `artifact.messages` but provided for
            convenience.
        pcap_url: This is the packet capture url for the call. This is only available for `phone` type calls where
            phone number's provider is `vapi` or `byo-phone-number`.
        log_url: This is the url for the call logs. This includes all logging output during the call for debugging
            purposes.
        nodes: This is the history of workflow nodes that were executed during the call.
        assistant_activations: Ordered list of assistants that were active during the call, including after transfers and handoffs.
        variable_values: These are the variable values at the end of the workflow execution.
        performance_metrics: This is the performance metrics for the call. It contains the turn latency, broken down by
            component.
        structured_outputs: These are the structured outputs that will be extracted from the call.
            To enable, set `assistant.artifactPlan.structuredOutputIds` with the IDs of the structured outputs
            you want to extract.
        scorecards: These are the scorecards that have been evaluated based on the structured outputs extracted during
            the call.
            To enable, set `assistant.artifactPlan.scorecardIds` or `assistant.artifactPlan.scorecards` with the
            IDs or objects of the scorecards you want to evaluate.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_Artifact_items_8 = _h.Items(("union", "ConversationMessage"))
_Artifact_items_14 = _h.Items(("model", "OpenAIMessage"))
_Artifact_items_20 = _h.Items(("model", "SkippedStructuredOutput"))
_Artifact_items_26 = _h.Items(("model", "TransferArtifact"))
_Artifact_items_32 = _h.Items(("model", "NodeArtifact"))
_Artifact_items_38 = _h.Items(("model", "AssistantActivation"))


def _load_Artifact(data: dict[str, Any], strict: bool) -> Artifact | dict[str, Any]:
    """Artifact from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    p15: Any = unset
    p16: Any = unset
    p17: Any = unset
    p18: Any = unset
    p19: Any = unset
    p20: Any = unset
    p21: Any = unset
    p22: Any = unset
    p23: Any = unset
    p24: Any = unset
    p25: Any = unset
    p26: Any = unset
    slow = False
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("role") if type(e1) is dict else None
                alternative7 = _alternatives_ConversationMessage[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_Artifact_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "messagesOpenAIFormatted" in data:
        v = data["messagesOpenAIFormatted"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["OpenAIMessage"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("OpenAIMessage", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p1 = _R(_Artifact_items_14, out11) if resume13 else out11
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "skippedStructuredOutputs" in data:
        v = data["skippedStructuredOutputs"]
        if type(v) is dict:
            resume19 = False
            out17: dict[str, Any] = {}
            for k18, e15 in v.items():
                x16 = _FAST["SkippedStructuredOutput"](e15, strict) if type(e15) is dict else _S
                if type(x16) is dict:  # loaded in part: the generic loader finishes it
                    x16 = _R("SkippedStructuredOutput", x16)
                if x16 is _S or type(x16) is _R:
                    resume19 = True
                out17[k18] = x16
            p2 = _R(_Artifact_items_20, out17) if resume19 else out17
        else:
            p2 = _S
        if p2 is _S or type(p2) is _R:
            slow = True
    if "transfers" in data:
        v = data["transfers"]
        if type(v) is list:
            resume25 = False
            out23: list[Any] = []
            for e21 in v:
                x22 = _FAST["TransferArtifact"](e21, strict) if type(e21) is dict else _S
                if type(x22) is dict:  # loaded in part: the generic loader finishes it
                    x22 = _R("TransferArtifact", x22)
                if x22 is _S or type(x22) is _R:
                    resume25 = True
                out23.append(x22)
            p3 = _R(_Artifact_items_26, out23) if resume25 else out23
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "recordingUrl" in data:
        v = data["recordingUrl"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if "stereoRecordingUrl" in data:
        v = data["stereoRecordingUrl"]
        p5 = v if type(v) is str else _S
        if p5 is _S:
            slow = True
    if "videoRecordingUrl" in data:
        v = data["videoRecordingUrl"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "videoRecordingStartDelaySeconds" in data:
        v = data["videoRecordingStartDelaySeconds"]
        p7 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p7 is _S:
            slow = True
    if "recording" in data:
        v = data["recording"]
        p8 = _FAST["Recording"](v, strict) if type(v) is dict else _S
        if type(p8) is dict:  # loaded in part: the generic loader finishes it
            p8 = _R("Recording", p8)
        if p8 is _S or type(p8) is _R:
            slow = True
    if "transcript" in data:
        v = data["transcript"]
        p9 = v if type(v) is str else _S
        if p9 is _S:
            slow = True
    if "pcapUrl" in data:
        v = data["pcapUrl"]
        p10 = v if type(v) is str else _S
        if p10 is _S:
            slow = True
    if "logUrl" in data:
        v = data["logUrl"]
        p11 = v if type(v) is str else _S
        if p11 is _S:
            slow = True
    if "nodes" in data:
        v = data["nodes"]
        if type(v) is list:
            resume31 = False
            out29: list[Any] = []
            for e27 in v:
                x28 = _FAST["NodeArtifact"](e27, strict) if type(e27) is dict else _S
                if type(x28) is dict:  # loaded in part: the generic loader finishes it
                    x28 = _R("NodeArtifact", x28)
                if x28 is _S or type(x28) is _R:
                    resume31 = True
                out29.append(x28)
            p12 = _R(_Artifact_items_32, out29) if resume31 else out29
        else:
            p12 = _S
        if p12 is _S or type(p12) is _R:
            slow = True
    if "assistantActivations" in data:
        v = data["assistantActivations"]
        if type(v) is list:
            resume37 = False
            out35: list[Any] = []
            for e33 in v:
                x34 = _FAST["AssistantActivation"](e33, strict) if type(e33) is dict else _S
                if type(x34) is dict:  # loaded in part: the generic loader finishes it
                    x34 = _R("AssistantActivation", x34)
                if x34 is _S or type(x34) is _R:
                    resume37 = True
                out35.append(x34)
            p13 = _R(_Artifact_items_38, out35) if resume37 else out35
        else:
            p13 = _S
        if p13 is _S or type(p13) is _R:
            slow = True
    if "variableValues" in data:
        v = data["variableValues"]
        p14 = v if type(v) is dict else _S
        if p14 is _S:
            slow = True
    if "performanceMetrics" in data:
        v = data["performanceMetrics"]
        p15 = _FAST["PerformanceMetrics"](v, strict) if type(v) is dict else _S
        if type(p15) is dict:  # loaded in part: the generic loader finishes it
            p15 = _R("PerformanceMetrics", p15)
        if p15 is _S or type(p15) is _R:
            slow = True
    if "structuredOutputs" in data:
        v = data["structuredOutputs"]
        p16 = v if type(v) is dict else _S
        if p16 is _S:
            slow = True
    if "scorecards" in data:
        v = data["scorecards"]
        p17 = v if type(v) is dict else _S
        if p17 is _S:
            slow = True
    if "structuredOutputsLastUpdatedAt" in data:
        v = data["structuredOutputsLastUpdatedAt"]
        p18 = _h.datetime_or_slow(v)
        if p18 is _S:
            slow = True
    if "presignedMonoUrl" in data:
        v = data["presignedMonoUrl"]
        p19 = v if type(v) is str else _S
        if p19 is _S:
            slow = True
    if "presignedStereoUrl" in data:
        v = data["presignedStereoUrl"]
        p20 = v if type(v) is str else _S
        if p20 is _S:
            slow = True
    if "presignedVideoUrl" in data:
        v = data["presignedVideoUrl"]
        p21 = v if type(v) is str else _S
        if p21 is _S:
            slow = True
    if "presignedAssistantUrl" in data:
        v = data["presignedAssistantUrl"]
        p22 = v if type(v) is str else _S
        if p22 is _S:
            slow = True
    if "presignedCustomerUrl" in data:
        v = data["presignedCustomerUrl"]
        p23 = v if type(v) is str else _S
        if p23 is _S:
            slow = True
    if "presignedPcapUrl" in data:
        v = data["presignedPcapUrl"]
        p24 = v if type(v) is str else _S
        if p24 is _S:
            slow = True
    if "presignedLogUrl" in data:
        v = data["presignedLogUrl"]
        p25 = v if type(v) is str else _S
        if p25 is _S:
            slow = True
    if "presignedUrlsExpiresAt" in data:
        v = data["presignedUrlsExpiresAt"]
        p26 = v if type(v) is str else _S
        if p26 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Artifact:
            return Artifact(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
            )
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Artifact(
                p0,
                p1,
                p2,
                p3,
                p4,
                p5,
                p6,
                p7,
                p8,
                p9,
                p10,
                p11,
                p12,
                p13,
                p14,
                p15,
                p16,
                p17,
                p18,
                p19,
                p20,
                p21,
                p22,
                p23,
                p24,
                p25,
                p26,
            )
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Artifact}
            return obj
    return {
        "messages": p0,
        "messagesOpenAIFormatted": p1,
        "skippedStructuredOutputs": p2,
        "transfers": p3,
        "recordingUrl": p4,
        "stereoRecordingUrl": p5,
        "videoRecordingUrl": p6,
        "videoRecordingStartDelaySeconds": p7,
        "recording": p8,
        "transcript": p9,
        "pcapUrl": p10,
        "logUrl": p11,
        "nodes": p12,
        "assistantActivations": p13,
        "variableValues": p14,
        "performanceMetrics": p15,
        "structuredOutputs": p16,
        "scorecards": p17,
        "structuredOutputsLastUpdatedAt": p18,
        "presignedMonoUrl": p19,
        "presignedStereoUrl": p20,
        "presignedVideoUrl": p21,
        "presignedAssistantUrl": p22,
        "presignedCustomerUrl": p23,
        "presignedPcapUrl": p24,
        "presignedLogUrl": p25,
        "presignedUrlsExpiresAt": p26,
    }


_KNOWN_Artifact = frozenset(
    (
        "messages",
        "messagesOpenAIFormatted",
        "skippedStructuredOutputs",
        "transfers",
        "recordingUrl",
        "stereoRecordingUrl",
        "videoRecordingUrl",
        "videoRecordingStartDelaySeconds",
        "recording",
        "transcript",
        "pcapUrl",
        "logUrl",
        "nodes",
        "assistantActivations",
        "variableValues",
        "performanceMetrics",
        "structuredOutputs",
        "scorecards",
        "structuredOutputsLastUpdatedAt",
        "presignedMonoUrl",
        "presignedStereoUrl",
        "presignedVideoUrl",
        "presignedAssistantUrl",
        "presignedCustomerUrl",
        "presignedPcapUrl",
        "presignedLogUrl",
        "presignedUrlsExpiresAt",
    )
)


def _to_dict_Artifact(self: Artifact) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i39.to_dict() if hasattr(i39, "to_dict") else _h.fresh(i39) for i39 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.messages_open_ai_formatted
    if v is not UNSET:
        out["messagesOpenAIFormatted"] = (
            [i40.to_dict() if hasattr(i40, "to_dict") else _h.fresh(i40) for i40 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.skipped_structured_outputs
    if v is not UNSET:
        out["skippedStructuredOutputs"] = (
            {k41: i42.to_dict() if hasattr(i42, "to_dict") else _h.fresh(i42) for k41, i42 in v.items()}
            if type(v) is dict
            else _h.fresh(v)
        )
    v = self.transfers
    if v is not UNSET:
        out["transfers"] = (
            [i43.to_dict() if hasattr(i43, "to_dict") else _h.fresh(i43) for i43 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.recording_url
    if v is not UNSET:
        out["recordingUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.stereo_recording_url
    if v is not UNSET:
        out["stereoRecordingUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.video_recording_url
    if v is not UNSET:
        out["videoRecordingUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.video_recording_start_delay_seconds
    if v is not UNSET:
        out["videoRecordingStartDelaySeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.recording
    if v is not UNSET:
        out["recording"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.transcript
    if v is not UNSET:
        out["transcript"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pcap_url
    if v is not UNSET:
        out["pcapUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.log_url
    if v is not UNSET:
        out["logUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.nodes
    if v is not UNSET:
        out["nodes"] = (
            [i44.to_dict() if hasattr(i44, "to_dict") else _h.fresh(i44) for i44 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.assistant_activations
    if v is not UNSET:
        out["assistantActivations"] = (
            [i45.to_dict() if hasattr(i45, "to_dict") else _h.fresh(i45) for i45 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.variable_values
    if v is not UNSET:
        out["variableValues"] = _h.fresh(v)
    v = self.performance_metrics
    if v is not UNSET:
        out["performanceMetrics"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.structured_outputs
    if v is not UNSET:
        out["structuredOutputs"] = _h.fresh(v)
    v = self.scorecards
    if v is not UNSET:
        out["scorecards"] = _h.fresh(v)
    v = self.structured_outputs_last_updated_at
    if v is not UNSET:
        out["structuredOutputsLastUpdatedAt"] = _h.format_datetime(v) if isinstance(v, _h.datetime) else _h.fresh(v)
    v = self.presigned_mono_url
    if v is not UNSET:
        out["presignedMonoUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_stereo_url
    if v is not UNSET:
        out["presignedStereoUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_video_url
    if v is not UNSET:
        out["presignedVideoUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_assistant_url
    if v is not UNSET:
        out["presignedAssistantUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_customer_url
    if v is not UNSET:
        out["presignedCustomerUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_pcap_url
    if v is not UNSET:
        out["presignedPcapUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_log_url
    if v is not UNSET:
        out["presignedLogUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.presigned_urls_expires_at
    if v is not UNSET:
        out["presignedUrlsExpiresAt"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Artifact._fast_load = _load_Artifact
setattr(Artifact, "to_dict", _to_dict_Artifact)  # noqa: B010 - replaces Model.to_dict

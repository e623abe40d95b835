# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_plan_recording_format import ArtifactPlanRecordingFormat, _ArtifactPlanRecordingFormatValues
    from ..models.create_scorecard_dto import CreateScorecardDTO
    from ..models.create_structured_output_dto import CreateStructuredOutputDTO
    from ..models.transcript_plan import TranscriptPlan


__all__ = ["ArtifactPlan"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        recording_format: This determines the format of the recording. Defaults to `wav;l16`.

            @default 'wav;l16'
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
        transcript_plan: This is the plan for `call.artifact.transcript`. To disable, set `transcriptPlan.enabled` to false.
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
    recording_format: ArtifactPlanRecordingFormat | _ArtifactPlanRecordingFormatValues | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ArtifactPlan_items_6 = _h.Items(("model", "CreateStructuredOutputDTO"))
_ArtifactPlan_items_12 = _h.Items(("model", "CreateScorecardDTO"))


def _load_ArtifactPlan(data: dict[str, Any], strict: bool) -> ArtifactPlan | dict[str, Any]:
    """ArtifactPlan from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
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
    slow = False
    if "recordingEnabled" in data:
        v = data["recordingEnabled"]
        p0 = v if (v is True or v is False) else _S
        if p0 is _S:
            slow = True
    if "recordingFormat" in data:
        v = data["recordingFormat"]
        p1 = _MEMBERS["ArtifactPlanRecordingFormat"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("ArtifactPlanRecordingFormat", v)
        if p1 is _S:
            slow = True
    if "recordingUseCustomStorageEnabled" in data:
        v = data["recordingUseCustomStorageEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "videoRecordingEnabled" in data:
        v = data["videoRecordingEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "fullMessageHistoryEnabled" in data:
        v = data["fullMessageHistoryEnabled"]
        p4 = v if (v is True or v is False) else _S
        if p4 is _S:
            slow = True
    if "pcapEnabled" in data:
        v = data["pcapEnabled"]
        p5 = v if (v is True or v is False) else _S
        if p5 is _S:
            slow = True
    if "pcapS3PathPrefix" in data:
        v = data["pcapS3PathPrefix"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "pcapUseCustomStorageEnabled" in data:
        v = data["pcapUseCustomStorageEnabled"]
        p7 = v if (v is True or v is False) else _S
        if p7 is _S:
            slow = True
    if "loggingEnabled" in data:
        v = data["loggingEnabled"]
        p8 = v if (v is True or v is False) else _S
        if p8 is _S:
            slow = True
    if "loggingUseCustomStorageEnabled" in data:
        v = data["loggingUseCustomStorageEnabled"]
        p9 = v if (v is True or v is False) else _S
        if p9 is _S:
            slow = True
    if "transcriptPlan" in data:
        v = data["transcriptPlan"]
        p10 = _FAST["TranscriptPlan"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("TranscriptPlan", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "recordingPath" in data:
        v = data["recordingPath"]
        p11 = v if type(v) is str else _S
        if p11 is _S:
            slow = True
    if "structuredOutputIds" in data:
        v = data["structuredOutputIds"]
        p12 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p12 is _S:
            slow = True
    if "structuredOutputs" in data:
        v = data["structuredOutputs"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["CreateStructuredOutputDTO"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("CreateStructuredOutputDTO", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p13 = _R(_ArtifactPlan_items_6, out3) if resume5 else out3
        else:
            p13 = _S
        if p13 is _S or type(p13) is _R:
            slow = True
    if "scorecardIds" in data:
        v = data["scorecardIds"]
        p14 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p14 is _S:
            slow = True
    if "scorecards" in data:
        v = data["scorecards"]
        if type(v) is list:
            resume11 = False
            out9: list[Any] = []
            for e7 in v:
                x8 = _FAST["CreateScorecardDTO"](e7, strict) if type(e7) is dict else _S
                if type(x8) is dict:  # loaded in part: the generic loader finishes it
                    x8 = _R("CreateScorecardDTO", x8)
                if x8 is _S or type(x8) is _R:
                    resume11 = True
                out9.append(x8)
            p15 = _R(_ArtifactPlan_items_12, out9) if resume11 else out9
        else:
            p15 = _S
        if p15 is _S or type(p15) is _R:
            slow = True
    if "loggingPath" in data:
        v = data["loggingPath"]
        p16 = v if type(v) is str else _S
        if p16 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ArtifactPlan:
            return ArtifactPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ArtifactPlan(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ArtifactPlan}
            return obj
    return {
        "recordingEnabled": p0,
        "recordingFormat": p1,
        "recordingUseCustomStorageEnabled": p2,
        "videoRecordingEnabled": p3,
        "fullMessageHistoryEnabled": p4,
        "pcapEnabled": p5,
        "pcapS3PathPrefix": p6,
        "pcapUseCustomStorageEnabled": p7,
        "loggingEnabled": p8,
        "loggingUseCustomStorageEnabled": p9,
        "transcriptPlan": p10,
        "recordingPath": p11,
        "structuredOutputIds": p12,
        "structuredOutputs": p13,
        "scorecardIds": p14,
        "scorecards": p15,
        "loggingPath": p16,
    }


_KNOWN_ArtifactPlan = frozenset(
    (
        "recordingEnabled",
        "recordingFormat",
        "recordingUseCustomStorageEnabled",
        "videoRecordingEnabled",
        "fullMessageHistoryEnabled",
        "pcapEnabled",
        "pcapS3PathPrefix",
        "pcapUseCustomStorageEnabled",
        "loggingEnabled",
        "loggingUseCustomStorageEnabled",
        "transcriptPlan",
        "recordingPath",
        "structuredOutputIds",
        "structuredOutputs",
        "scorecardIds",
        "scorecards",
        "loggingPath",
    )
)


def _to_dict_ArtifactPlan(self: ArtifactPlan) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.recording_enabled
    if v is not UNSET:
        out["recordingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.recording_format
    if v is not UNSET:
        out["recordingFormat"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.recording_use_custom_storage_enabled
    if v is not UNSET:
        out["recordingUseCustomStorageEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.video_recording_enabled
    if v is not UNSET:
        out["videoRecordingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.full_message_history_enabled
    if v is not UNSET:
        out["fullMessageHistoryEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pcap_enabled
    if v is not UNSET:
        out["pcapEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pcap_s3_path_prefix
    if v is not UNSET:
        out["pcapS3PathPrefix"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.pcap_use_custom_storage_enabled
    if v is not UNSET:
        out["pcapUseCustomStorageEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.logging_enabled
    if v is not UNSET:
        out["loggingEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.logging_use_custom_storage_enabled
    if v is not UNSET:
        out["loggingUseCustomStorageEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transcript_plan
    if v is not UNSET:
        out["transcriptPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.recording_path
    if v is not UNSET:
        out["recordingPath"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.structured_output_ids
    if v is not UNSET:
        out["structuredOutputIds"] = _h.fresh(v)
    v = self.structured_outputs
    if v is not UNSET:
        out["structuredOutputs"] = (
            [i14.to_dict() if hasattr(i14, "to_dict") else _h.fresh(i14) for i14 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.scorecard_ids
    if v is not UNSET:
        out["scorecardIds"] = _h.fresh(v)
    v = self.scorecards
    if v is not UNSET:
        out["scorecards"] = (
            [i16.to_dict() if hasattr(i16, "to_dict") else _h.fresh(i16) for i16 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.logging_path
    if v is not UNSET:
        out["loggingPath"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ArtifactPlan._fast_load = _load_ArtifactPlan
setattr(ArtifactPlan, "to_dict", _to_dict_ArtifactPlan)  # noqa: B010 - replaces Model.to_dict

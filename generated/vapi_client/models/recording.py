from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mono import Mono


__all__ = ["Recording"]


@_attrs_define(repr=False)
class Recording(Model):
    """Recording

    Attributes:
        stereo_url: This is the stereo recording url for the call. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        video_url: This is the video recording url for the call. To enable, set
            `assistant.artifactPlan.videoRecordingEnabled`.
        video_recording_start_delay_seconds: This is video recording start delay in ms. To enable, set
            `assistant.artifactPlan.videoRecordingEnabled`. This can be used to align the playback of the
            recording with artifact.messages timestamps.
        mono:
    """

    _schema: ClassVar[str] = "Recording"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stereoUrl", "stereo_url"),
        ("videoUrl", "video_url"),
        ("videoRecordingStartDelaySeconds", "video_recording_start_delay_seconds"),
        ("mono", "mono"),
    )

    stereo_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    video_recording_start_delay_seconds: float | Unset = UNSET
    mono: Mono | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

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
    from ..models.mono import Mono


__all__ = ["Recording"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
        mono: This is the mono recording url for the call. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_Recording(data: dict[str, Any], strict: bool) -> Recording | dict[str, Any]:
    """Recording from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    slow = False
    if "stereoUrl" in data:
        v = data["stereoUrl"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "videoUrl" in data:
        v = data["videoUrl"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "videoRecordingStartDelaySeconds" in data:
        v = data["videoRecordingStartDelaySeconds"]
        p2 = v if (type(v) is int or (type(v) is float and v - v == 0)) else _S
        if p2 is _S:
            slow = True
    if "mono" in data:
        v = data["mono"]
        p3 = _FAST["Mono"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("Mono", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_Recording:
            return Recording(p0, p1, p2, p3)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = Recording(p0, p1, p2, p3)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_Recording}
            return obj
    return {"stereoUrl": p0, "videoUrl": p1, "videoRecordingStartDelaySeconds": p2, "mono": p3}


_KNOWN_Recording = frozenset(("stereoUrl", "videoUrl", "videoRecordingStartDelaySeconds", "mono"))


def _to_dict_Recording(self: Recording) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.stereo_url
    if v is not UNSET:
        out["stereoUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.video_url
    if v is not UNSET:
        out["videoUrl"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.video_recording_start_delay_seconds
    if v is not UNSET:
        out["videoRecordingStartDelaySeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.mono
    if v is not UNSET:
        out["mono"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


Recording._fast_load = _load_Recording
setattr(Recording, "to_dict", _to_dict_Recording)  # noqa: B010 - replaces Model.to_dict

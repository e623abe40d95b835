# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_format_format import AudioFormatFormat, _AudioFormatFormatValues


__all__ = ["AudioFormat"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class AudioFormat(Model):
    """AudioFormat

    Attributes:
        sample_rate: This is the sample rate of the call.

            @default 16000
        format_: This is the audio format of the call.

            @default 'pcm_s16le'
        container: This is the container format of the call.

            @default 'raw'
    """

    _schema: ClassVar[str] = "AudioFormat"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("sampleRate", "sample_rate"),
        ("format", "format_"),
        ("container", "container"),
    )

    sample_rate: float
    format_: AudioFormatFormat | _AudioFormatFormatValues
    container: Literal["raw"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_AudioFormat(data: dict[str, Any], strict: bool) -> AudioFormat | dict[str, Any]:
    """AudioFormat from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "sampleRate" in data:
        v = data["sampleRate"]
        p0 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 0 and v <= 192000 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "format" in data:
        v = data["format"]
        p1 = _MEMBERS["AudioFormatFormat"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("AudioFormatFormat", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "container" in data:
        v = data["container"]
        p2 = v if type(v) is str and v == "raw" else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_AudioFormat:
            return AudioFormat(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = AudioFormat(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_AudioFormat}
            return obj
    return {"sampleRate": p0, "format": p1, "container": p2}


_KNOWN_AudioFormat = frozenset(("sampleRate", "format", "container"))


def _to_dict_AudioFormat(self: AudioFormat) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.sample_rate
    if v is not UNSET:
        out["sampleRate"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.format_
    if v is not UNSET:
        out["format"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.container
    if v is not UNSET:
        out["container"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


AudioFormat._fast_load = _load_AudioFormat
setattr(AudioFormat, "to_dict", _to_dict_AudioFormat)  # noqa: B010 - replaces Model.to_dict

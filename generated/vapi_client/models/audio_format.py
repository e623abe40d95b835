from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_format_format import AudioFormatFormat


__all__ = ["AudioFormat"]


@_attrs_define(repr=False)
class AudioFormat(Model):
    """AudioFormat

    Attributes:
        sample_rate: This is the sample rate of the call.

            @default 16000
        format_:
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
    format_: AudioFormatFormat
    container: Literal["raw"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

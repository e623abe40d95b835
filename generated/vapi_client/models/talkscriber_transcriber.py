from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talkscriber_transcriber_language import TalkscriberTranscriberLanguage
    from ..models.talkscriber_transcriber_model import TalkscriberTranscriberModel


__all__ = ["TalkscriberTranscriber"]


@_attrs_define(repr=False)
class TalkscriberTranscriber(Model):
    """Speech-to-text settings for transcribing the caller with Talkscriber.

    Attributes:
        provider: Discriminator marking this transcriber configuration as the Talkscriber variant.
        model: Known values of TalkscriberTranscriber.model.
        language: Known values of TalkscriberTranscriber.language.
    """

    _schema: ClassVar[str] = "TalkscriberTranscriber"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("model", "model"),
        ("language", "language"),
    )

    provider: Literal["talkscriber"]
    model: TalkscriberTranscriberModel | Unset = UNSET
    language: TalkscriberTranscriberLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_consent import RecordingConsent


__all__ = ["Compliance"]


@_attrs_define(repr=False)
class Compliance(Model):
    """Compliance

    Attributes:
        recording_consent:
    """

    _schema: ClassVar[str] = "Compliance"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (("recordingConsent", "recording_consent"),)

    recording_consent: RecordingConsent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

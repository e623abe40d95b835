from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_consent_type import RecordingConsentType


__all__ = ["RecordingConsent"]


@_attrs_define(repr=False)
class RecordingConsent(Model):
    """RecordingConsent

    Attributes:
        type_:
        granted_at: This is the date and time the recording consent was granted.
            If not specified, it means the recording consent was not granted.
    """

    _schema: ClassVar[str] = "RecordingConsent"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("grantedAt", "granted_at"),
    )

    type_: RecordingConsentType
    granted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

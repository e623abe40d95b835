from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["VoicemailDetectionBackoffPlan"]


@_attrs_define(repr=False)
class VoicemailDetectionBackoffPlan(Model):
    """VoicemailDetectionBackoffPlan

    Attributes:
        start_at_seconds: This is the number of seconds to wait before starting the first retry attempt.
        frequency_seconds: This is the interval in seconds between retry attempts.
        max_retries: This is the maximum number of retry attempts before giving up.
    """

    _schema: ClassVar[str] = "VoicemailDetectionBackoffPlan"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("startAtSeconds", "start_at_seconds"),
        ("frequencySeconds", "frequency_seconds"),
        ("maxRetries", "max_retries"),
    )

    start_at_seconds: float | Unset = UNSET
    frequency_seconds: float | Unset = UNSET
    max_retries: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

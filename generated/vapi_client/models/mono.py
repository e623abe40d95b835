from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["Mono"]


@_attrs_define(repr=False)
class Mono(Model):
    """Mono

    Attributes:
        combined_url: This is the combined recording url for the call. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        assistant_url: This is the mono recording url for the assistant. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
        customer_url: This is the mono recording url for the customer. To enable, set
            `assistant.artifactPlan.recordingEnabled`.
    """

    _schema: ClassVar[str] = "Mono"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("combinedUrl", "combined_url"),
        ("assistantUrl", "assistant_url"),
        ("customerUrl", "customer_url"),
    )

    combined_url: str | Unset = UNSET
    assistant_url: str | Unset = UNSET
    customer_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.ended_reason_condition import EndedReasonCondition
    from ..models.min_call_duration_condition import MinCallDurationCondition
    from ..models.min_messages_condition import MinMessagesCondition
    from ..models.unknown_variants import UnknownCreateStructuredOutputDTOConditions


__all__ = ["SkippedStructuredOutput"]


@_attrs_define(repr=False)
class SkippedStructuredOutput(Model):
    """SkippedStructuredOutput

    Attributes:
        name: This is the name of the structured output that was skipped.
        unmet_condition:
    """

    _schema: ClassVar[str] = "SkippedStructuredOutput"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("unmetCondition", "unmet_condition"),
    )

    name: str
    unmet_condition: (
        MinMessagesCondition
        | MinCallDurationCondition
        | EndedReasonCondition
        | UnknownCreateStructuredOutputDTOConditions
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

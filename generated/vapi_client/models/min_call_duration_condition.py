from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

__all__ = ["MinCallDurationCondition"]


@_attrs_define(repr=False)
class MinCallDurationCondition(Model):
    """MinCallDurationCondition

    Attributes:
        type_: This is the type discriminator for the minCallDuration condition.
        seconds: This is the minimum call duration in seconds required for the structured
            output to run.

            When timestamps are unavailable (for example, chat sessions have no call
            timestamps), this check passes and does not block the structured output.
    """

    _schema: ClassVar[str] = "MinCallDurationCondition"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("seconds", "seconds"),
    )

    type_: Literal["minCallDuration"]
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

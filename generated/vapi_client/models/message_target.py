from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_target_role import MessageTargetRole


__all__ = ["MessageTarget"]


@_attrs_define(repr=False)
class MessageTarget(Model):
    """MessageTarget

    Attributes:
        role:
        position: This is the position of the message to target.
            - Negative numbers: Count from end (-1 = most recent, -2 = second most recent)
            - 0: First/oldest message in history
            - Positive numbers: Specific position (0-indexed from start)

            @default -1 (most recent message)
    """

    _schema: ClassVar[str] = "MessageTarget"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("position", "position"),
    )

    role: MessageTargetRole | Unset = UNSET
    position: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.call_ended_reason import CallEndedReason
    from ..models.call_status import CallStatus


__all__ = ["ServerMessageStatusUpdate"]


@_attrs_define(repr=False)
class ServerMessageStatusUpdate(Model):
    """The call moved to another stage of its lifecycle.

    Attributes:
        type_: Discriminator marking the message type.
        status: Known values of Call.status.
        ended_reason: Known values of Call.endedReason.
        call: A phone or web call handled by a Vapi assistant, with its status, costs and results.
    """

    _schema: ClassVar[str] = "ServerMessageStatusUpdate"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("status", "status"),
        ("endedReason", "ended_reason"),
        ("call", "call"),
    )

    type_: Literal["status-update"]
    status: CallStatus
    ended_reason: CallEndedReason | Unset = UNSET
    call: Call | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

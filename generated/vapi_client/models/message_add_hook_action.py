from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["MessageAddHookAction"]


@_attrs_define(repr=False)
class MessageAddHookAction(Model):
    """MessageAddHookAction

    Attributes:
        type_: This is the type of action - must be "message.add"
        message:
        trigger_response_enabled: Whether to trigger an assistant response after adding the message
    """

    _schema: ClassVar[str] = "MessageAddHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("message", "message"),
        ("triggerResponseEnabled", "trigger_response_enabled"),
    )

    type_: Literal["message.add"]
    message: OpenAIMessage
    trigger_response_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

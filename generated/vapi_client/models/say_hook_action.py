from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage
    from ..models.developer_message import DeveloperMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.unknown_variants import UnknownChatInput
    from ..models.user_message import UserMessage


__all__ = ["SayHookAction"]


@_attrs_define(repr=False)
class SayHookAction(Model):
    """SayHookAction

    Attributes:
        type_: This is the type of action - must be "say"
        exact: This is the exact message to say. When a string array is provided, one is randomly selected.
        prompt: This is the prompt for the assistant to generate a response based on existing conversation.
            Can be a string or an array of chat messages.
    """

    _schema: ClassVar[str] = "SayHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("exact", "exact"),
        ("prompt", "prompt"),
    )

    type_: Literal["say"]
    exact: str | list[str] | Unset = UNSET
    prompt: (
        str
        | list[SystemMessage | UserMessage | AssistantMessage | ToolMessage | DeveloperMessage | UnknownChatInput]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.text_content import TextContent
    from ..models.tool_message_complete_role import ToolMessageCompleteRole
    from ..models.unknown_variants import UnknownContent


__all__ = ["ToolMessageFailed"]


@_attrs_define(repr=False)
class ToolMessageFailed(Model):
    """ToolMessageFailed

    Attributes:
        type_: This message is triggered when the tool call fails.

            This message is never triggered for async tool calls.

            If this message is not provided, the model will be requested to respond.

            If this message is provided, only this message will be spoken and the model will not be requested to
            come up with a response. It's an exclusive OR.
        contents: This is an alternative to the `content` property. It allows to specify variants of the same content,
            one per language.

            Usage:
            - If your assistants are multilingual, you can provide content for each language.
            - If you don't provide content for a language, the first item in the array will be automatically
            translated to the active language at that moment.

            This will override the `content` property.
        role:
        end_call_after_spoken_enabled: This is an optional boolean that if true, the call will end after the message is spoken. Default is
            false.

            This is ignored if `role` is set to `system`.

            @default false
        content: This is the content that the assistant says when this message is triggered.
        conditions: This is an optional array of conditions that the tool call arguments must meet in order for this
            message to be triggered.
    """

    _schema: ClassVar[str] = "ToolMessageFailed"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contents", "contents"),
        ("role", "role"),
        ("endCallAfterSpokenEnabled", "end_call_after_spoken_enabled"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-failed"]
    contents: list[TextContent | UnknownContent] | Unset = UNSET
    role: ToolMessageCompleteRole | Unset = UNSET
    end_call_after_spoken_enabled: bool | Unset = UNSET
    content: str | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

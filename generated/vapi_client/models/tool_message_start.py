from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.text_content import TextContent
    from ..models.unknown_variants import UnknownContent


__all__ = ["ToolMessageStart"]


@_attrs_define(repr=False)
class ToolMessageStart(Model):
    """ToolMessageStart

    Attributes:
        type_: This message is triggered when the tool call starts.

            This message is never triggered for async tools.

            Multiple request-start messages are variants. One eligible variant is selected each time the tool
            starts.

            If this message is not provided, one of the default filler messages "Hold on a sec", "One moment",
            "Just a sec", "Give me a moment" or "This'll just take a sec" will be used.
        contents: This is an alternative to the `content` property. It allows to specify variants of the same content,
            one per language.

            Usage:
            - If your assistants are multilingual, you can provide content for each language.
            - If you don't provide content for a language, the first item in the array will be automatically
            translated to the active language at that moment.

            This will override the `content` property.
        blocking: This is an optional boolean that if true, the tool call will only trigger after the message is
            spoken. Default is false.

            @default false
        content: This is the content that the assistant says when this message is triggered.
        conditions: This is an optional array of conditions that the tool call arguments must meet in order for this
            message to be triggered.
    """

    _schema: ClassVar[str] = "ToolMessageStart"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contents", "contents"),
        ("blocking", "blocking"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-start"]
    contents: list[TextContent | UnknownContent] | Unset = UNSET
    blocking: bool | Unset = UNSET
    content: str | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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


__all__ = ["ToolMessageDelayed"]


@_attrs_define(repr=False)
class ToolMessageDelayed(Model):
    """ToolMessageDelayed

    Attributes:
        type_: This message is triggered when the tool call is delayed. Same timing means variants; different
            timings mean staged updates.
        contents: This is an alternative to the `content` property. It allows to specify variants of the same content,
            one per language.

            Usage:
            - If your assistants are multilingual, you can provide content for each language.
            - If you don't provide content for a language, the first item in the array will be automatically
            translated to the active language at that moment.

            This will override the `content` property.
        timing_milliseconds: The number of milliseconds to wait for the server response before saying this delayed message.
        content: This is the content that the assistant says when this message is triggered.
        conditions: This is an optional array of conditions that the tool call arguments must meet in order for this
            message to be triggered.
    """

    _schema: ClassVar[str] = "ToolMessageDelayed"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contents", "contents"),
        ("timingMilliseconds", "timing_milliseconds"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-response-delayed"]
    contents: list[TextContent | UnknownContent] | Unset = UNSET
    timing_milliseconds: float | Unset = UNSET
    content: str | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_content import TextContent
    from ..models.unknown_variants import UnknownContent


__all__ = ["CustomMessage"]


@_attrs_define(repr=False)
class CustomMessage(Model):
    """CustomMessage

    Attributes:
        type_: This is a custom message.
        contents: This is an alternative to the `content` property. It allows to specify variants of the same content,
            one per language.

            Usage:
            - If your assistants are multilingual, you can provide content for each language.
            - If you don't provide content for a language, the first item in the array will be automatically
            translated to the active language at that moment.

            This will override the `content` property.
        content: This is the content that the assistant will say when this message is triggered.
    """

    _schema: ClassVar[str] = "CustomMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contents", "contents"),
        ("content", "content"),
    )

    type_: Literal["custom-message"]
    contents: list[TextContent | UnknownContent] | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

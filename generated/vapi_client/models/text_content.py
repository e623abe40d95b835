from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage


__all__ = ["TextContent"]


@_attrs_define(repr=False)
class TextContent(Model):
    """TextContent

    Attributes:
        type_:
        text:
        language:
    """

    _schema: ClassVar[str] = "TextContent"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("text", "text"),
        ("language", "language"),
    )

    type_: Literal["text"]
    text: str
    language: CartesiaTranscriberLanguage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

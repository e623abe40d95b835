from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["KnowledgeBaseResponseDocument"]


@_attrs_define(repr=False)
class KnowledgeBaseResponseDocument(Model):
    """KnowledgeBaseResponseDocument

    Attributes:
        content: This is the content of the document.
        similarity: This is the similarity score of the document.
        uuid: This is the uuid of the document.
    """

    _schema: ClassVar[str] = "KnowledgeBaseResponseDocument"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("similarity", "similarity"),
        ("uuid", "uuid"),
    )

    content: str
    similarity: float
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

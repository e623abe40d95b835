from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["KnowledgeBase"]


@_attrs_define(repr=False)
class KnowledgeBase(Model):
    """Uploaded files the model can search for relevant passages while answering.

    Attributes:
        provider: Discriminator naming the knowledge base provider; only one exists in this version.
        file_ids: IDs of the uploaded files that make up the knowledge base.
        top_k: Number of the most relevant passages retrieved for each query.
    """

    _schema: ClassVar[str] = "KnowledgeBase"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("fileIds", "file_ids"),
        ("topK", "top_k"),
    )

    provider: Literal["canonical"]
    file_ids: list[str]
    top_k: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

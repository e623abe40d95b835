from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_google_transcriber_model import FallbackGoogleTranscriberModel


__all__ = ["KnowledgeBase"]


@_attrs_define(repr=False)
class KnowledgeBase(Model):
    """KnowledgeBase

    Attributes:
        name: The name of the knowledge base
        provider: The provider of the knowledge base
        description: A description of the knowledge base
        file_ids: The file IDs associated with this knowledge base
        model:
    """

    _schema: ClassVar[str] = "KnowledgeBase"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("provider", "provider"),
        ("description", "description"),
        ("fileIds", "file_ids"),
        ("model", "model"),
    )

    name: str
    provider: Literal["google"]
    description: str
    file_ids: list[str]
    model: FallbackGoogleTranscriberModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

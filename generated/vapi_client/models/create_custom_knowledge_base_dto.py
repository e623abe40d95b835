from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["CreateCustomKnowledgeBaseDTO"]


@_attrs_define(repr=False)
class CreateCustomKnowledgeBaseDTO(Model):
    """CreateCustomKnowledgeBaseDTO

    Attributes:
        provider: This knowledge base is bring your own knowledge base implementation.
        server:
    """

    _schema: ClassVar[str] = "CreateCustomKnowledgeBaseDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: Literal["custom-knowledge-base"]
    server: Server
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

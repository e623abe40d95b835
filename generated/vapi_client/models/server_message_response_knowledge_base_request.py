from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.knowledge_base_response_document import KnowledgeBaseResponseDocument


__all__ = ["ServerMessageResponseKnowledgeBaseRequest"]


@_attrs_define(repr=False)
class ServerMessageResponseKnowledgeBaseRequest(Model):
    """ServerMessageResponseKnowledgeBaseRequest

    Attributes:
        documents: This is the list of documents that will be sent to the model alongside the `messages` to generate a
            response.
        message:
    """

    _schema: ClassVar[str] = "ServerMessageResponseKnowledgeBaseRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("documents", "documents"),
        ("message", "message"),
    )

    documents: list[KnowledgeBaseResponseDocument] | Unset = UNSET
    message: CustomMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

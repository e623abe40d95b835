# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.knowledge_base_response_document import KnowledgeBaseResponseDocument


__all__ = ["ServerMessageResponseKnowledgeBaseRequest"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ServerMessageResponseKnowledgeBaseRequest(Model):
    """ServerMessageResponseKnowledgeBaseRequest

    Attributes:
        documents: This is the list of documents that will be sent to the model alongside the `messages` to generate a
            response.
        message: This can be used to skip the model output generation and speak a custom message.
    """

    _schema: ClassVar[str] = "ServerMessageResponseKnowledgeBaseRequest"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("documents", "documents"),
        ("message", "message"),
    )

    documents: list[KnowledgeBaseResponseDocument] | Unset = UNSET
    message: CustomMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_ServerMessageResponseKnowledgeBaseRequest_items_6 = _h.Items(("model", "KnowledgeBaseResponseDocument"))


def _load_ServerMessageResponseKnowledgeBaseRequest(
    data: dict[str, Any], strict: bool
) -> ServerMessageResponseKnowledgeBaseRequest | dict[str, Any]:
    """ServerMessageResponseKnowledgeBaseRequest from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "documents" in data:
        v = data["documents"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _FAST["KnowledgeBaseResponseDocument"](e1, strict) if type(e1) is dict else _S
                if type(x2) is dict:  # loaded in part: the generic loader finishes it
                    x2 = _R("KnowledgeBaseResponseDocument", x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_ServerMessageResponseKnowledgeBaseRequest_items_6, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "message" in data:
        v = data["message"]
        p1 = _FAST["CustomMessage"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("CustomMessage", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ServerMessageResponseKnowledgeBaseRequest:
            return ServerMessageResponseKnowledgeBaseRequest(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ServerMessageResponseKnowledgeBaseRequest(p0, p1)
            obj.additional_properties = {
                k: x for k, x in data.items() if k not in _KNOWN_ServerMessageResponseKnowledgeBaseRequest
            }
            return obj
    return {"documents": p0, "message": p1}


_KNOWN_ServerMessageResponseKnowledgeBaseRequest = frozenset(("documents", "message"))


def _to_dict_ServerMessageResponseKnowledgeBaseRequest(
    self: ServerMessageResponseKnowledgeBaseRequest,
) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.documents
    if v is not UNSET:
        out["documents"] = (
            [i7.to_dict() if hasattr(i7, "to_dict") else _h.fresh(i7) for i7 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.message
    if v is not UNSET:
        out["message"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ServerMessageResponseKnowledgeBaseRequest._fast_load = _load_ServerMessageResponseKnowledgeBaseRequest
setattr(ServerMessageResponseKnowledgeBaseRequest, "to_dict", _to_dict_ServerMessageResponseKnowledgeBaseRequest)  # noqa: B010 - replaces Model.to_dict

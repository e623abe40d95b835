# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.server import Server


__all__ = ["CreateCustomKnowledgeBaseDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateCustomKnowledgeBaseDTO(Model):
    """CreateCustomKnowledgeBaseDTO

    Attributes:
        provider: This knowledge base is bring your own knowledge base implementation.
        server: This is where the knowledge base request will be sent.

            Request Example:

            POST https://{server.url}
            Content-Type: application/json

            {
              "messsage": {
                "type": "knowledge-base-request",
                "messages": [
                  {
                    "role": "user",
                    "content": "Why is ocean blue?"
                  }
                ],
                ...other metadata about the call...
              }
            }

            Response Expected:
            ```
            {
              "message": {
                 "role": "assistant",
                 "content": "The ocean is blue because water absorbs everything but blue.",
              }, // YOU CAN RETURN THE EXACT RESPONSE TO SPEAK
              "documents": [
                {
                  "content": "The ocean is blue primarily because water absorbs colors in the red part of the
            light spectrum and scatters the blue light, making it more visible to our eyes.",
                  "similarity": 1
                },
                {
                  "content": "Blue light is scattered more by the water molecules than other colors, enhancing
            the blue appearance of the ocean.",
                  "similarity": .5
                }
              ] // OR, YOU CAN RETURN AN ARRAY OF DOCUMENTS THAT WILL BE SENT TO THE MODEL
            }
            ```
    """

    _schema: ClassVar[str] = "CreateCustomKnowledgeBaseDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("server", "server"),
    )

    provider: Literal["custom-knowledge-base"]
    server: Server
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_CreateCustomKnowledgeBaseDTO(
    data: dict[str, Any], strict: bool
) -> CreateCustomKnowledgeBaseDTO | dict[str, Any]:
    """CreateCustomKnowledgeBaseDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "provider" in data:
        v = data["provider"]
        p0 = v if type(v) is str and v == "custom-knowledge-base" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "server" in data:
        v = data["server"]
        p1 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("Server", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateCustomKnowledgeBaseDTO:
            return CreateCustomKnowledgeBaseDTO(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateCustomKnowledgeBaseDTO(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateCustomKnowledgeBaseDTO}
            return obj
    return {"provider": p0, "server": p1}


_KNOWN_CreateCustomKnowledgeBaseDTO = frozenset(("provider", "server"))


def _to_dict_CreateCustomKnowledgeBaseDTO(self: CreateCustomKnowledgeBaseDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.provider
    if v is not UNSET:
        out["provider"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateCustomKnowledgeBaseDTO._fast_load = _load_CreateCustomKnowledgeBaseDTO
setattr(CreateCustomKnowledgeBaseDTO, "to_dict", _to_dict_CreateCustomKnowledgeBaseDTO)  # noqa: B010 - replaces Model.to_dict

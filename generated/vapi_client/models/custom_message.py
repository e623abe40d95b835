# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_content import TextContent
    from ..models.unknown_variants import UnknownContent


__all__ = ["CustomMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Content = _h.alternatives("Content")
_CustomMessage_items_8 = _h.Items(("union", "Content"))


def _load_CustomMessage(data: dict[str, Any], strict: bool) -> CustomMessage | dict[str, Any]:
    """CustomMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "custom-message" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "contents" in data:
        v = data["contents"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_Content[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_CustomMessage_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "content" in data:
        v = data["content"]
        p2 = v if type(v) is str and len(v) <= 1000 else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CustomMessage:
            return CustomMessage(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CustomMessage(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CustomMessage}
            return obj
    return {"type": p0, "contents": p1, "content": p2}


_KNOWN_CustomMessage = frozenset(("type", "contents", "content"))


def _to_dict_CustomMessage(self: CustomMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.contents
    if v is not UNSET:
        out["contents"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CustomMessage._fast_load = _load_CustomMessage
setattr(CustomMessage, "to_dict", _to_dict_CustomMessage)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.cartesia_transcriber_language import CartesiaTranscriberLanguage, _CartesiaTranscriberLanguageValues


__all__ = ["TextContent"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
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
    language: CartesiaTranscriberLanguage | _CartesiaTranscriberLanguageValues
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_TextContent(data: dict[str, Any], strict: bool) -> TextContent | dict[str, Any]:
    """TextContent from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "text" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "text" in data:
        v = data["text"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "language" in data:
        v = data["language"]
        p2 = _MEMBERS["CartesiaTranscriberLanguage"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("CartesiaTranscriberLanguage", v)
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_TextContent:
            return TextContent(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TextContent(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TextContent}
            return obj
    return {"type": p0, "text": p1, "language": p2}


_KNOWN_TextContent = frozenset(("type", "text", "language"))


def _to_dict_TextContent(self: TextContent) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.text
    if v is not UNSET:
        out["text"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.language
    if v is not UNSET:
        out["language"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TextContent._fast_load = _load_TextContent
setattr(TextContent, "to_dict", _to_dict_TextContent)  # noqa: B010 - replaces Model.to_dict

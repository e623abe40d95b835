# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.open_ai_message_role import OpenAIMessageRole, _OpenAIMessageRoleValues


__all__ = ["OpenAIMessage"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class OpenAIMessage(Model):
    """OpenAIMessage

    Attributes:
        content:
        role:
    """

    _schema: ClassVar[str] = "OpenAIMessage"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )

    content: str | None
    role: OpenAIMessageRole | _OpenAIMessageRoleValues
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_OpenAIMessage(data: dict[str, Any], strict: bool) -> OpenAIMessage | dict[str, Any]:
    """OpenAIMessage from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "content" in data:
        v = data["content"]
        if v is None:
            p0 = None
        else:
            p0 = v if type(v) is str and len(v) <= 100000000 else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "role" in data:
        v = data["role"]
        p1 = _MEMBERS["OpenAIMessageRole"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and True:
            p1 = _h.open_member("OpenAIMessageRole", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if not slow:
        if data.keys() <= _KNOWN_OpenAIMessage:
            return OpenAIMessage(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = OpenAIMessage(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_OpenAIMessage}
            return obj
    return {"content": p0, "role": p1}


_KNOWN_OpenAIMessage = frozenset(("content", "role"))


def _to_dict_OpenAIMessage(self: OpenAIMessage) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.content
    if v is not UNSET:
        out["content"] = _h.fresh(v)
    v = self.role
    if v is not UNSET:
        out["role"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


OpenAIMessage._fast_load = _load_OpenAIMessage
setattr(OpenAIMessage, "to_dict", _to_dict_OpenAIMessage)  # noqa: B010 - replaces Model.to_dict

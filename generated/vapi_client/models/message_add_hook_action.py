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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_message import OpenAIMessage


__all__ = ["MessageAddHookAction"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MessageAddHookAction(Model):
    """MessageAddHookAction

    Attributes:
        type_: This is the type of action - must be "message.add"
        message: The message to add to the conversation in OpenAI format
        trigger_response_enabled: Whether to trigger an assistant response after adding the message
    """

    _schema: ClassVar[str] = "MessageAddHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("message", "message"),
        ("triggerResponseEnabled", "trigger_response_enabled"),
    )

    type_: Literal["message.add"]
    message: OpenAIMessage
    trigger_response_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


def _load_MessageAddHookAction(data: dict[str, Any], strict: bool) -> MessageAddHookAction | dict[str, Any]:
    """MessageAddHookAction from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "message.add" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p1 = _FAST["OpenAIMessage"](v, strict) if type(v) is dict else _S
        if type(p1) is dict:  # loaded in part: the generic loader finishes it
            p1 = _R("OpenAIMessage", p1)
        if p1 is _S or type(p1) is _R:
            slow = True
    else:
        p1 = _S
        slow = True
    if "triggerResponseEnabled" in data:
        v = data["triggerResponseEnabled"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_MessageAddHookAction:
            return MessageAddHookAction(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = MessageAddHookAction(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_MessageAddHookAction}
            return obj
    return {"type": p0, "message": p1, "triggerResponseEnabled": p2}


_KNOWN_MessageAddHookAction = frozenset(("type", "message", "triggerResponseEnabled"))


def _to_dict_MessageAddHookAction(self: MessageAddHookAction) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.message
    if v is not UNSET:
        out["message"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.trigger_response_enabled
    if v is not UNSET:
        out["triggerResponseEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


MessageAddHookAction._fast_load = _load_MessageAddHookAction
setattr(MessageAddHookAction, "to_dict", _to_dict_MessageAddHookAction)  # noqa: B010 - replaces Model.to_dict

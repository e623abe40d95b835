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
    from ..models.assistant_message import AssistantMessage
    from ..models.developer_message import DeveloperMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.unknown_variants import UnknownChatInput
    from ..models.user_message import UserMessage


__all__ = ["SayHookAction"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SayHookAction(Model):
    """SayHookAction

    Attributes:
        type_: This is the type of action - must be "say"
        exact: This is the exact message to say. When a string array is provided, one is randomly selected.
        prompt: This is the prompt for the assistant to generate a response based on existing conversation.
            Can be a string or an array of chat messages.
    """

    _schema: ClassVar[str] = "SayHookAction"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("exact", "exact"),
        ("prompt", "prompt"),
    )

    type_: Literal["say"]
    exact: str | list[str] | Unset = UNSET
    prompt: (
        str
        | list[SystemMessage | UserMessage | AssistantMessage | ToolMessage | DeveloperMessage | UnknownChatInput]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_SayHookAction_one_of_1 = _h.OneOf(("string", {}), ("array", ("string", {}), {}))
_SayHookAction_one_of_2 = _h.OneOf(("string", {}), ("array", ("union", "ChatInput"), {}))


def _load_SayHookAction(data: dict[str, Any], strict: bool) -> SayHookAction | dict[str, Any]:
    """SayHookAction from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "say" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "exact" in data:
        v = data["exact"]
        p1 = _SayHookAction_one_of_1(v, strict)
        if p1 is _S or type(p1) is _R:
            slow = True
    if "prompt" in data:
        v = data["prompt"]
        p2 = _SayHookAction_one_of_2(v, strict)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SayHookAction:
            return SayHookAction(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SayHookAction(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SayHookAction}
            return obj
    return {"type": p0, "exact": p1, "prompt": p2}


_KNOWN_SayHookAction = frozenset(("type", "exact", "prompt"))


def _to_dict_SayHookAction(self: SayHookAction) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.exact
    if v is not UNSET:
        out["exact"] = _h.dump_json(v)
    v = self.prompt
    if v is not UNSET:
        out["prompt"] = _h.dump_json(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SayHookAction._fast_load = _load_SayHookAction
setattr(SayHookAction, "to_dict", _to_dict_SayHookAction)  # noqa: B010 - replaces Model.to_dict

# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.text_content import TextContent
    from ..models.tool_message_complete_role import ToolMessageCompleteRole, _ToolMessageCompleteRoleValues
    from ..models.unknown_variants import UnknownContent


__all__ = ["ToolMessageComplete"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolMessageComplete(Model):
    """ToolMessageComplete

    Attributes:
        type_: This message is triggered when the tool call is complete.

            This message is triggered immediately without waiting for your server to respond for async tool
            calls.

            If this message is not provided, the model will be requested to respond.

            If this message is provided, only this message will be spoken and the model will not be requested to
            come up with a response. It's an exclusive OR.
        contents: This is an alternative to the `content` property. It allows to specify variants of the same content,
            one per language.

            Usage:
            - If your assistants are multilingual, you can provide content for each language.
            - If you don't provide content for a language, the first item in the array will be automatically
            translated to the active language at that moment.

            This will override the `content` property.
        role: This is optional and defaults to "assistant".

            When role=assistant, `content` is said out loud.

            When role=system, `content` is passed to the model in a system message. Example:
                system: default one
                assistant:
                user:
                assistant:
                user:
                assistant:
                user:
                assistant: tool called
                tool: your server response
                <--- system prompt as hint
                ---> model generates response which is spoken
            This is useful when you want to provide a hint to the model about what to say next.
        end_call_after_spoken_enabled: This is an optional boolean that if true, the call will end after the message is spoken. Default is
            false.

            This is ignored if `role` is set to `system`.

            @default false
        content: This is the content that the assistant says when this message is triggered.
        conditions: This is an optional array of conditions that the tool call arguments must meet in order for this
            message to be triggered.
    """

    _schema: ClassVar[str] = "ToolMessageComplete"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("contents", "contents"),
        ("role", "role"),
        ("endCallAfterSpokenEnabled", "end_call_after_spoken_enabled"),
        ("content", "content"),
        ("conditions", "conditions"),
    )

    type_: Literal["request-complete"]
    contents: list[TextContent | UnknownContent] | Unset = UNSET
    role: ToolMessageCompleteRole | _ToolMessageCompleteRoleValues | Unset = UNSET
    end_call_after_spoken_enabled: bool | Unset = UNSET
    content: str | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_Content = _h.alternatives("Content")
_ToolMessageComplete_items_8 = _h.Items(("union", "Content"))
_ToolMessageComplete_items_14 = _h.Items(("model", "Condition"))


def _load_ToolMessageComplete(data: dict[str, Any], strict: bool) -> ToolMessageComplete | dict[str, Any]:
    """ToolMessageComplete from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "request-complete" else _S
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
            p1 = _R(_ToolMessageComplete_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "role" in data:
        v = data["role"]
        p2 = _MEMBERS["ToolMessageCompleteRole"].get(v, _S) if type(v) is str else _S
        if p2 is _S and type(v) is str and True:
            p2 = _h.open_member("ToolMessageCompleteRole", v)
        if p2 is _S:
            slow = True
    if "endCallAfterSpokenEnabled" in data:
        v = data["endCallAfterSpokenEnabled"]
        p3 = v if (v is True or v is False) else _S
        if p3 is _S:
            slow = True
    if "content" in data:
        v = data["content"]
        p4 = v if type(v) is str and len(v) <= 1000 else _S
        if p4 is _S:
            slow = True
    if "conditions" in data:
        v = data["conditions"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["Condition"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("Condition", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p5 = _R(_ToolMessageComplete_items_14, out11) if resume13 else out11
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_ToolMessageComplete:
            return ToolMessageComplete(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = ToolMessageComplete(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_ToolMessageComplete}
            return obj
    return {"type": p0, "contents": p1, "role": p2, "endCallAfterSpokenEnabled": p3, "content": p4, "conditions": p5}


_KNOWN_ToolMessageComplete = frozenset(
    ("type", "contents", "role", "endCallAfterSpokenEnabled", "content", "conditions")
)


def _to_dict_ToolMessageComplete(self: ToolMessageComplete) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.contents
    if v is not UNSET:
        out["contents"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.role
    if v is not UNSET:
        out["role"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.end_call_after_spoken_enabled
    if v is not UNSET:
        out["endCallAfterSpokenEnabled"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.content
    if v is not UNSET:
        out["content"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.conditions
    if v is not UNSET:
        out["conditions"] = (
            [i16.to_dict() if hasattr(i16, "to_dict") else _h.fresh(i16) for i16 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


ToolMessageComplete._fast_load = _load_ToolMessageComplete
setattr(ToolMessageComplete, "to_dict", _to_dict_ToolMessageComplete)  # noqa: B010 - replaces Model.to_dict

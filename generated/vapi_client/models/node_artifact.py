# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from ..models.bot_message import BotMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_call_message import ToolCallMessage
    from ..models.tool_call_result_message import ToolCallResultMessage
    from ..models.unknown_variants import UnknownConversationMessage
    from ..models.user_message import UserMessage


__all__ = ["NodeArtifact"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class NodeArtifact(Model):
    """NodeArtifact

    Attributes:
        messages: These are the messages that were spoken during the node.
        node_name: This is the node name.
        variable_values: These are the variable values that were extracted from the node.
    """

    _schema: ClassVar[str] = "NodeArtifact"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("nodeName", "node_name"),
        ("variableValues", "variable_values"),
    )

    messages: (
        list[
            UserMessage
            | SystemMessage
            | BotMessage
            | ToolCallMessage
            | ToolCallResultMessage
            | UnknownConversationMessage
        ]
        | Unset
    ) = UNSET
    node_name: str | Unset = UNSET
    variable_values: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_ConversationMessage = _h.alternatives("ConversationMessage")
_NodeArtifact_items_8 = _h.Items(("union", "ConversationMessage"))


def _load_NodeArtifact(data: dict[str, Any], strict: bool) -> NodeArtifact | dict[str, Any]:
    """NodeArtifact from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("role") if type(e1) is dict else None
                alternative7 = _alternatives_ConversationMessage[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p0 = _R(_NodeArtifact_items_8, out3) if resume5 else out3
        else:
            p0 = _S
        if p0 is _S or type(p0) is _R:
            slow = True
    if "nodeName" in data:
        v = data["nodeName"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    if "variableValues" in data:
        v = data["variableValues"]
        p2 = v if type(v) is dict else _S
        if p2 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_NodeArtifact:
            return NodeArtifact(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = NodeArtifact(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_NodeArtifact}
            return obj
    return {"messages": p0, "nodeName": p1, "variableValues": p2}


_KNOWN_NodeArtifact = frozenset(("messages", "nodeName", "variableValues"))


def _to_dict_NodeArtifact(self: NodeArtifact) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.node_name
    if v is not UNSET:
        out["nodeName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.variable_values
    if v is not UNSET:
        out["variableValues"] = _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


NodeArtifact._fast_load = _load_NodeArtifact
setattr(NodeArtifact, "to_dict", _to_dict_NodeArtifact)  # noqa: B010 - replaces Model.to_dict

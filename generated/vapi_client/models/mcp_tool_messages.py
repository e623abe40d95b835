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
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["McpToolMessages"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class McpToolMessages(Model):
    """McpToolMessages

    Attributes:
        name: The name of the tool from the MCP server.
        messages: Custom messages for this specific tool. Set to an empty array to suppress all messages for this
            tool. If not provided, the tool will use the default messages from the parent MCP tool
            configuration. Multiple request-start messages are variants. For request-response-delayed, same
            timing means variants and different timings mean staged updates.
    """

    _schema: ClassVar[str] = "McpToolMessages"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("messages", "messages"),
    )

    name: str
    messages: (
        list[
            ToolMessageStart
            | ToolMessageComplete
            | ToolMessageFailed
            | ToolMessageDelayed
            | UnknownBashToolWithToolCallMessages
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")
_McpToolMessages_items_8 = _h.Items(("union", "BashToolWithToolCallMessages"))


def _load_McpToolMessages(data: dict[str, Any], strict: bool) -> McpToolMessages | dict[str, Any]:
    """McpToolMessages from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    slow = False
    if "name" in data:
        v = data["name"]
        p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_BashToolWithToolCallMessages[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_McpToolMessages_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_McpToolMessages:
            return McpToolMessages(p0, p1)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = McpToolMessages(p0, p1)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_McpToolMessages}
            return obj
    return {"name": p0, "messages": p1}


_KNOWN_McpToolMessages = frozenset(("name", "messages"))


def _to_dict_McpToolMessages(self: McpToolMessages) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


McpToolMessages._fast_load = _load_McpToolMessages
setattr(McpToolMessages, "to_dict", _to_dict_McpToolMessages)  # noqa: B010 - replaces Model.to_dict

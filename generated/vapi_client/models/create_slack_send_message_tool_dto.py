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
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages


__all__ = ["CreateSlackSendMessageToolDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateSlackSendMessageToolDTO(Model):
    """CreateSlackSendMessageToolDTO

    Attributes:
        type_: The type of tool. "slack.message.send" for Slack Send Message tool.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        rejection_plan: This is the plan to reject a tool call based on the conversation state.

            // Example 1: Reject endCall if user didn't say goodbye
            ```json
            {
              conditions: [{
                type: 'regex',
                regex: '(?i)\\\\b(bye|goodbye|farewell|see you later|take care)\\\\b',
                target: { position: -1, role: 'user' },
                negate: true  // Reject if pattern does NOT match
              }]
            }
            ```

            // Example 2: Reject transfer if user is actually asking a question
            ```json
            {
              conditions: [{
                type: 'regex',
                regex: '\\\\?',
                target: { position: -1, role: 'user' }
              }]
            }
            ```

            // Example 3: Reject transfer if user didn't mention transfer recently
            ```json
            {
              conditions: [{
                type: 'liquid',
                liquid: `{% assign recentMessages = messages | last: 5 %}
            {% assign userMessages = recentMessages | where: 'role', 'user' %}
            {% assign mentioned = false %}
            {% for msg in userMessages %}
              {% if msg.content contains 'transfer' or msg.content contains 'connect' or msg.content contains
            'speak to' %}
                {% assign mentioned = true %}
                {% break %}
              {% endif %}
            {% endfor %}
            {% if mentioned %}
              false
            {% else %}
              true
            {% endif %}`
              }]
            }
            ```

            // Example 4: Reject endCall if the bot is looping and trying to exit
            ```json
            {
              conditions: [{
                type: 'liquid',
                liquid: `{% assign recentMessages = messages | last: 6 %}
            {% assign userMessages = recentMessages | where: 'role', 'user' | reverse %}
            {% if userMessages.size < 3 %}
              false
            {% else %}
              {% assign msg1 = userMessages[0].content | downcase %}
              {% assign msg2 = userMessages[1].content | downcase %}
              {% assign msg3 = userMessages[2].content | downcase %}
              {% comment %} Check for repetitive messages {% endcomment %}
              {% if msg1 == msg2 or msg1 == msg3 or msg2 == msg3 %}
                true
              {% comment %} Check for common loop phrases {% endcomment %}
              {% elsif msg1 contains 'cool thanks' or msg2 contains 'cool thanks' or msg3 contains 'cool thanks'
            %}
                true
              {% elsif msg1 contains 'okay thanks' or msg2 contains 'okay thanks' or msg3 contains 'okay thanks'
            %}
                true
              {% elsif msg1 contains 'got it' or msg2 contains 'got it' or msg3 contains 'got it' %}
                true
              {% else %}
                false
              {% endif %}
            {% endif %}`
              }]
            }
            ```
    """

    _schema: ClassVar[str] = "CreateSlackSendMessageToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["slack.message.send"]
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
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")
_CreateSlackSendMessageToolDTO_items_8 = _h.Items(("union", "BashToolWithToolCallMessages"))


def _load_CreateSlackSendMessageToolDTO(
    data: dict[str, Any], strict: bool
) -> CreateSlackSendMessageToolDTO | dict[str, Any]:
    """CreateSlackSendMessageToolDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "slack.message.send" else _S
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
            p1 = _R(_CreateSlackSendMessageToolDTO_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "rejectionPlan" in data:
        v = data["rejectionPlan"]
        p2 = _FAST["ToolRejectionPlan"](v, strict) if type(v) is dict else _S
        if type(p2) is dict:  # loaded in part: the generic loader finishes it
            p2 = _R("ToolRejectionPlan", p2)
        if p2 is _S or type(p2) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateSlackSendMessageToolDTO:
            return CreateSlackSendMessageToolDTO(p0, p1, p2)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateSlackSendMessageToolDTO(p0, p1, p2)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateSlackSendMessageToolDTO}
            return obj
    return {"type": p0, "messages": p1, "rejectionPlan": p2}


_KNOWN_CreateSlackSendMessageToolDTO = frozenset(("type", "messages", "rejectionPlan"))


def _to_dict_CreateSlackSendMessageToolDTO(self: CreateSlackSendMessageToolDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i9.to_dict() if hasattr(i9, "to_dict") else _h.fresh(i9) for i9 in v] if type(v) is list else _h.fresh(v)
        )
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.rejection_plan
    if v is not UNSET:
        out["rejectionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateSlackSendMessageToolDTO._fast_load = _load_CreateSlackSendMessageToolDTO
setattr(CreateSlackSendMessageToolDTO, "to_dict", _to_dict_CreateSlackSendMessageToolDTO)  # noqa: B010 - replaces Model.to_dict
